// Types only, for the whole test program: the Jest matchers `Testing.setupJest()` registers
// (toPlanSuccessfully, toHaveResourceWithProperties, ...).
import type {} from 'cdktf/lib/testing/adapters/jest';
