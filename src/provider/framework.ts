/** The framework bound to this provider's client: every resource and data source is declared with these. */
import type { ImageClient } from '../client';
import { frameworkFor } from './runtime';

export const { defineResource, defineDataSource } = frameworkFor<ImageClient>();
