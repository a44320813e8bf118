/*eslint-disable block-scoped-var, id-length, no-control-regex, no-magic-numbers, no-prototype-builtins, no-redeclare, no-shadow, no-var, sort-vars*/
"use strict";

var $Object = Object;

var $protobuf = require("protobufjs/minimal");

var $Reader = $protobuf.Reader, $Writer = $protobuf.Writer, $util = $protobuf.util;

var $root = $protobuf.roots["default"] || ($protobuf.roots["default"] = {});

$root.tfplugin6 = (function() {

    var tfplugin6 = {};

    tfplugin6.DynamicValue = (function() {

        function DynamicValue(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        DynamicValue.prototype.msgpack = $util.newBuffer([]);
        DynamicValue.prototype.json = $util.newBuffer([]);

        DynamicValue.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.msgpack != null && $Object.hasOwnProperty.call(m, "msgpack"))
                w.uint32(10).bytes(m.msgpack);
            if (m.json != null && $Object.hasOwnProperty.call(m, "json"))
                w.uint32(18).bytes(m.json);
            return w;
        };

        DynamicValue.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.DynamicValue();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.msgpack = r.bytes();
                        break;
                    }
                case 2: {
                        m.json = r.bytes();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        DynamicValue.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.DynamicValue)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.DynamicValue: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.DynamicValue();
            if (d.msgpack != null) {
                if (typeof d.msgpack === "string")
                    $util.base64.decode(d.msgpack, m.msgpack = $util.newBuffer($util.base64.length(d.msgpack)), 0);
                else if (d.msgpack.length >= 0)
                    m.msgpack = d.msgpack;
            }
            if (d.json != null) {
                if (typeof d.json === "string")
                    $util.base64.decode(d.json, m.json = $util.newBuffer($util.base64.length(d.json)), 0);
                else if (d.json.length >= 0)
                    m.json = d.json;
            }
            return m;
        };

        DynamicValue.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if (o.bytes === String)
                    d.msgpack = "";
                else {
                    d.msgpack = [];
                    if (o.bytes !== Array)
                        d.msgpack = $util.newBuffer(d.msgpack);
                }
                if (o.bytes === String)
                    d.json = "";
                else {
                    d.json = [];
                    if (o.bytes !== Array)
                        d.json = $util.newBuffer(d.json);
                }
            }
            if (m.msgpack != null && $Object.hasOwnProperty.call(m, "msgpack")) {
                d.msgpack = o.bytes === String ? $util.base64.encode(m.msgpack, 0, m.msgpack.length) : o.bytes === Array ? Array.prototype.slice.call(m.msgpack) : m.msgpack;
            }
            if (m.json != null && $Object.hasOwnProperty.call(m, "json")) {
                d.json = o.bytes === String ? $util.base64.encode(m.json, 0, m.json.length) : o.bytes === Array ? Array.prototype.slice.call(m.json) : m.json;
            }
            return d;
        };

        DynamicValue.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return DynamicValue;
    })();

    tfplugin6.Diagnostic = (function() {

        function Diagnostic(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Diagnostic.prototype.severity = 0;
        Diagnostic.prototype.summary = "";
        Diagnostic.prototype.detail = "";
        Diagnostic.prototype.attribute = null;

        Diagnostic.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.severity != null && $Object.hasOwnProperty.call(m, "severity"))
                w.uint32(8).int32(m.severity);
            if (m.summary != null && $Object.hasOwnProperty.call(m, "summary"))
                w.uint32(18).string(m.summary);
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail"))
                w.uint32(26).string(m.detail);
            if (m.attribute != null && $Object.hasOwnProperty.call(m, "attribute"))
                $root.tfplugin6.AttributePath.encode(m.attribute, w.uint32(34).fork(), q + 1).ldelim();
            return w;
        };

        Diagnostic.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.Diagnostic();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.severity = r.int32();
                        break;
                    }
                case 2: {
                        m.summary = r.string();
                        break;
                    }
                case 3: {
                        m.detail = r.string();
                        break;
                    }
                case 4: {
                        m.attribute = $root.tfplugin6.AttributePath.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Diagnostic.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.Diagnostic)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.Diagnostic: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.Diagnostic();
            switch (d.severity) {
            default:
                if (typeof d.severity === "number") {
                    m.severity = d.severity;
                    break;
                }
                break;
            case "INVALID":
            case 0:
                m.severity = 0;
                break;
            case "ERROR":
            case 1:
                m.severity = 1;
                break;
            case "WARNING":
            case 2:
                m.severity = 2;
                break;
            }
            if (d.summary != null) {
                m.summary = String(d.summary);
            }
            if (d.detail != null) {
                m.detail = String(d.detail);
            }
            if (d.attribute != null) {
                if (!$util.isObject(d.attribute))
                    throw TypeError(".tfplugin6.Diagnostic.attribute: object expected");
                m.attribute = $root.tfplugin6.AttributePath.fromObject(d.attribute, n + 1);
            }
            return m;
        };

        Diagnostic.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.severity = o.enums === String ? "INVALID" : 0;
                d.summary = "";
                d.detail = "";
                d.attribute = null;
            }
            if (m.severity != null && $Object.hasOwnProperty.call(m, "severity")) {
                d.severity = o.enums === String ? $root.tfplugin6.Diagnostic.Severity[m.severity] === undefined ? m.severity : $root.tfplugin6.Diagnostic.Severity[m.severity] : m.severity;
            }
            if (m.summary != null && $Object.hasOwnProperty.call(m, "summary")) {
                d.summary = m.summary;
            }
            if (m.detail != null && $Object.hasOwnProperty.call(m, "detail")) {
                d.detail = m.detail;
            }
            if (m.attribute != null && $Object.hasOwnProperty.call(m, "attribute")) {
                d.attribute = $root.tfplugin6.AttributePath.toObject(m.attribute, o, q + 1);
            }
            return d;
        };

        Diagnostic.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        Diagnostic.Severity = (function() {
            var valuesById = {}, values = $Object.create(valuesById);
            values[valuesById[0] = "INVALID"] = 0;
            values[valuesById[1] = "ERROR"] = 1;
            values[valuesById[2] = "WARNING"] = 2;
            return values;
        })();

        return Diagnostic;
    })();

    tfplugin6.FunctionError = (function() {

        function FunctionError(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        FunctionError.prototype.text = "";
        FunctionError.prototype.function_argument = null;

        var $oneOfFields;

        // Virtual OneOf for proto3 optional field
        $Object.defineProperty(FunctionError.prototype, "_function_argument", {
            get: $util.oneOfGetter($oneOfFields = ["function_argument"]),
            set: $util.oneOfSetter($oneOfFields)
        });

        FunctionError.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.text != null && $Object.hasOwnProperty.call(m, "text"))
                w.uint32(10).string(m.text);
            if (m.function_argument != null && $Object.hasOwnProperty.call(m, "function_argument"))
                w.uint32(16).int64(m.function_argument);
            return w;
        };

        FunctionError.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.FunctionError();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.text = r.string();
                        break;
                    }
                case 2: {
                        m.function_argument = r.int64();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        FunctionError.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.FunctionError)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.FunctionError: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.FunctionError();
            if (d.text != null) {
                m.text = String(d.text);
            }
            if (d.function_argument != null) {
                if ($util.Long)
                    m.function_argument = $util.Long.fromValue(d.function_argument, false);
                else if (typeof d.function_argument === "string")
                    m.function_argument = parseInt(d.function_argument, 10);
                else if (typeof d.function_argument === "number")
                    m.function_argument = d.function_argument;
                else if (typeof d.function_argument === "object")
                    m.function_argument = new $util.LongBits(d.function_argument.low >>> 0, d.function_argument.high >>> 0).toNumber();
            }
            return m;
        };

        FunctionError.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.text = "";
            }
            if (m.text != null && $Object.hasOwnProperty.call(m, "text")) {
                d.text = m.text;
            }
            if (m.function_argument != null && $Object.hasOwnProperty.call(m, "function_argument")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                    d.function_argument = typeof m.function_argument === "number" ? BigInt(m.function_argument) : $util.Long.fromBits(m.function_argument.low >>> 0, m.function_argument.high >>> 0, false).toBigInt();
                else if (typeof m.function_argument === "number")
                    d.function_argument = o.longs === String ? String(m.function_argument) : m.function_argument;
                else
                    d.function_argument = o.longs === String ? $util.Long.prototype.toString.call(m.function_argument) : o.longs === Number ? new $util.LongBits(m.function_argument.low >>> 0, m.function_argument.high >>> 0).toNumber() : m.function_argument;
                if (o.oneofs)
                    d._function_argument = "function_argument";
            }
            return d;
        };

        FunctionError.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return FunctionError;
    })();

    tfplugin6.AttributePath = (function() {

        function AttributePath(p) {
            this.steps = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        AttributePath.prototype.steps = $util.emptyArray;

        AttributePath.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.steps != null && m.steps.length) {
                for (var i = 0; i < m.steps.length; ++i)
                    $root.tfplugin6.AttributePath.Step.encode(m.steps[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            return w;
        };

        AttributePath.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.AttributePath();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.steps && m.steps.length))
                            m.steps = [];
                        m.steps.push($root.tfplugin6.AttributePath.Step.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        AttributePath.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.AttributePath)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.AttributePath: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.AttributePath();
            if (d.steps) {
                if (!Array.isArray(d.steps))
                    throw TypeError(".tfplugin6.AttributePath.steps: array expected");
                m.steps = [];
                for (var i = 0; i < d.steps.length; ++i) {
                    if (!$util.isObject(d.steps[i]))
                        throw TypeError(".tfplugin6.AttributePath.steps: object expected");
                    m.steps[i] = $root.tfplugin6.AttributePath.Step.fromObject(d.steps[i], n + 1);
                }
            }
            return m;
        };

        AttributePath.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.steps = [];
            }
            if (m.steps && m.steps.length) {
                d.steps = [];
                for (var j = 0; j < m.steps.length; ++j) {
                    d.steps[j] = $root.tfplugin6.AttributePath.Step.toObject(m.steps[j], o, q + 1);
                }
            }
            return d;
        };

        AttributePath.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        AttributePath.Step = (function() {

            function Step(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Step.prototype.attribute_name = null;
            Step.prototype.element_key_string = null;
            Step.prototype.element_key_int = null;

            var $oneOfFields;

            $Object.defineProperty(Step.prototype, "selector", {
                get: $util.oneOfGetter($oneOfFields = ["attribute_name", "element_key_string", "element_key_int"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Step.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.attribute_name != null && $Object.hasOwnProperty.call(m, "attribute_name"))
                    w.uint32(10).string(m.attribute_name);
                if (m.element_key_string != null && $Object.hasOwnProperty.call(m, "element_key_string"))
                    w.uint32(18).string(m.element_key_string);
                if (m.element_key_int != null && $Object.hasOwnProperty.call(m, "element_key_int"))
                    w.uint32(24).int64(m.element_key_int);
                return w;
            };

            Step.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.AttributePath.Step();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.attribute_name = r.string();
                            break;
                        }
                    case 2: {
                            m.element_key_string = r.string();
                            break;
                        }
                    case 3: {
                            m.element_key_int = r.int64();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Step.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.AttributePath.Step)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.AttributePath.Step: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.AttributePath.Step();
                if (d.attribute_name != null) {
                    m.attribute_name = String(d.attribute_name);
                }
                if (d.element_key_string != null) {
                    m.element_key_string = String(d.element_key_string);
                }
                if (d.element_key_int != null) {
                    if ($util.Long)
                        m.element_key_int = $util.Long.fromValue(d.element_key_int, false);
                    else if (typeof d.element_key_int === "string")
                        m.element_key_int = parseInt(d.element_key_int, 10);
                    else if (typeof d.element_key_int === "number")
                        m.element_key_int = d.element_key_int;
                    else if (typeof d.element_key_int === "object")
                        m.element_key_int = new $util.LongBits(d.element_key_int.low >>> 0, d.element_key_int.high >>> 0).toNumber();
                }
                return m;
            };

            Step.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (m.attribute_name != null && $Object.hasOwnProperty.call(m, "attribute_name")) {
                    d.attribute_name = m.attribute_name;
                    if (o.oneofs)
                        d.selector = "attribute_name";
                }
                if (m.element_key_string != null && $Object.hasOwnProperty.call(m, "element_key_string")) {
                    d.element_key_string = m.element_key_string;
                    if (o.oneofs)
                        d.selector = "element_key_string";
                }
                if (m.element_key_int != null && $Object.hasOwnProperty.call(m, "element_key_int")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.element_key_int = typeof m.element_key_int === "number" ? BigInt(m.element_key_int) : $util.Long.fromBits(m.element_key_int.low >>> 0, m.element_key_int.high >>> 0, false).toBigInt();
                    else if (typeof m.element_key_int === "number")
                        d.element_key_int = o.longs === String ? String(m.element_key_int) : m.element_key_int;
                    else
                        d.element_key_int = o.longs === String ? $util.Long.prototype.toString.call(m.element_key_int) : o.longs === Number ? new $util.LongBits(m.element_key_int.low >>> 0, m.element_key_int.high >>> 0).toNumber() : m.element_key_int;
                    if (o.oneofs)
                        d.selector = "element_key_int";
                }
                return d;
            };

            Step.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Step;
        })();

        return AttributePath;
    })();

    tfplugin6.StopProvider = (function() {

        function StopProvider(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        StopProvider.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        StopProvider.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.StopProvider();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        StopProvider.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.StopProvider)
                return d;
            return new $root.tfplugin6.StopProvider();
        };

        StopProvider.toObject = function toObject() {
            return {};
        };

        StopProvider.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        StopProvider.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.StopProvider.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.StopProvider.Request)
                    return d;
                return new $root.tfplugin6.StopProvider.Request();
            };

            Request.toObject = function toObject() {
                return {};
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        StopProvider.Response = (function() {

            function Response(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.Error = "";

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.Error != null && $Object.hasOwnProperty.call(m, "Error"))
                    w.uint32(10).string(m.Error);
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.StopProvider.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.Error = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.StopProvider.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.StopProvider.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.StopProvider.Response();
                if (d.Error != null) {
                    m.Error = String(d.Error);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.Error = "";
                }
                if (m.Error != null && $Object.hasOwnProperty.call(m, "Error")) {
                    d.Error = m.Error;
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return StopProvider;
    })();

    tfplugin6.RawState = (function() {

        function RawState(p) {
            this.flatmap = {};
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RawState.prototype.json = $util.newBuffer([]);
        RawState.prototype.flatmap = $util.emptyObject;

        RawState.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.json != null && $Object.hasOwnProperty.call(m, "json"))
                w.uint32(10).bytes(m.json);
            if (m.flatmap != null && $Object.hasOwnProperty.call(m, "flatmap")) {
                for (var ks = $Object.keys(m.flatmap), i = 0; i < ks.length; ++i) {
                    w.uint32(18).fork().uint32(10).string(ks[i]).uint32(18).string(m.flatmap[ks[i]]).ldelim();
                }
            }
            return w;
        };

        RawState.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m, k, value;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.RawState();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.json = r.bytes();
                        break;
                    }
                case 2: {
                        if (m.flatmap === $util.emptyObject)
                            m.flatmap = {};
                        var c2 = r.uint32() + r.pos;
                        if (c2 > r.len)
                            throw RangeError("index out of range");
                        r.len = c2;
                        k = "";
                        value = "";
                        while (r.pos < c2) {
                            var tag2 = r.uint32();
                            switch (tag2 >>> 3) {
                            case 1:
                                k = r.string();
                                break;
                            case 2:
                                value = r.string();
                                break;
                            default:
                                r.skipType(tag2 & 7, n);
                                break;
                            }
                        }
                        if (r.pos !== c2)
                            throw RangeError("index out of range");
                        r.len = c;
                        if (k === "__proto__")
                            $util.makeProp(m.flatmap, k);
                        m.flatmap[k] = value;
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RawState.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.RawState)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.RawState: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.RawState();
            if (d.json != null) {
                if (typeof d.json === "string")
                    $util.base64.decode(d.json, m.json = $util.newBuffer($util.base64.length(d.json)), 0);
                else if (d.json.length >= 0)
                    m.json = d.json;
            }
            if (d.flatmap) {
                if (!$util.isObject(d.flatmap))
                    throw TypeError(".tfplugin6.RawState.flatmap: object expected");
                m.flatmap = {};
                for (var ks = $Object.keys(d.flatmap), i = 0; i < ks.length; ++i) {
                    if (ks[i] === "__proto__")
                        $util.makeProp(m.flatmap, ks[i]);
                    m.flatmap[ks[i]] = String(d.flatmap[ks[i]]);
                }
            }
            return m;
        };

        RawState.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.objects || o.defaults) {
                d.flatmap = {};
            }
            if (o.defaults) {
                if (o.bytes === String)
                    d.json = "";
                else {
                    d.json = [];
                    if (o.bytes !== Array)
                        d.json = $util.newBuffer(d.json);
                }
            }
            if (m.json != null && $Object.hasOwnProperty.call(m, "json")) {
                d.json = o.bytes === String ? $util.base64.encode(m.json, 0, m.json.length) : o.bytes === Array ? Array.prototype.slice.call(m.json) : m.json;
            }
            var ks2;
            if (m.flatmap && (ks2 = $Object.keys(m.flatmap)).length) {
                d.flatmap = {};
                for (var j = 0; j < ks2.length; ++j) {
                    if (ks2[j] === "__proto__")
                        $util.makeProp(d.flatmap, ks2[j]);
                    d.flatmap[ks2[j]] = m.flatmap[ks2[j]];
                }
            }
            return d;
        };

        RawState.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return RawState;
    })();

    tfplugin6.StringKind = (function() {
        var valuesById = {}, values = $Object.create(valuesById);
        values[valuesById[0] = "PLAIN"] = 0;
        values[valuesById[1] = "MARKDOWN"] = 1;
        return values;
    })();

    tfplugin6.Schema = (function() {

        function Schema(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Schema.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
        Schema.prototype.block = null;

        Schema.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.version != null && $Object.hasOwnProperty.call(m, "version"))
                w.uint32(8).int64(m.version);
            if (m.block != null && $Object.hasOwnProperty.call(m, "block"))
                $root.tfplugin6.Schema.Block.encode(m.block, w.uint32(18).fork(), q + 1).ldelim();
            return w;
        };

        Schema.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.Schema();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.version = r.int64();
                        break;
                    }
                case 2: {
                        m.block = $root.tfplugin6.Schema.Block.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Schema.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.Schema)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.Schema: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.Schema();
            if (d.version != null) {
                if ($util.Long)
                    m.version = $util.Long.fromValue(d.version, false);
                else if (typeof d.version === "string")
                    m.version = parseInt(d.version, 10);
                else if (typeof d.version === "number")
                    m.version = d.version;
                else if (typeof d.version === "object")
                    m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
            }
            if (d.block != null) {
                if (!$util.isObject(d.block))
                    throw TypeError(".tfplugin6.Schema.block: object expected");
                m.block = $root.tfplugin6.Schema.Block.fromObject(d.block, n + 1);
            }
            return m;
        };

        Schema.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                if ($util.Long) {
                    var n = new $util.Long(0, 0, false);
                    d.version = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                } else
                    d.version = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                d.block = null;
            }
            if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                if (typeof BigInt !== "undefined" && o.longs === BigInt)
                    d.version = typeof m.version === "number" ? BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                else if (typeof m.version === "number")
                    d.version = o.longs === String ? String(m.version) : m.version;
                else
                    d.version = o.longs === String ? $util.Long.prototype.toString.call(m.version) : o.longs === Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
            }
            if (m.block != null && $Object.hasOwnProperty.call(m, "block")) {
                d.block = $root.tfplugin6.Schema.Block.toObject(m.block, o, q + 1);
            }
            return d;
        };

        Schema.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        Schema.Block = (function() {

            function Block(p) {
                this.attributes = [];
                this.block_types = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Block.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Block.prototype.attributes = $util.emptyArray;
            Block.prototype.block_types = $util.emptyArray;
            Block.prototype.description = "";
            Block.prototype.description_kind = 0;
            Block.prototype.deprecated = false;

            Block.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.version != null && $Object.hasOwnProperty.call(m, "version"))
                    w.uint32(8).int64(m.version);
                if (m.attributes != null && m.attributes.length) {
                    for (var i = 0; i < m.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(m.attributes[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.block_types != null && m.block_types.length) {
                    for (var i = 0; i < m.block_types.length; ++i)
                        $root.tfplugin6.Schema.NestedBlock.encode(m.block_types[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.description != null && $Object.hasOwnProperty.call(m, "description"))
                    w.uint32(34).string(m.description);
                if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind"))
                    w.uint32(40).int32(m.description_kind);
                if (m.deprecated != null && $Object.hasOwnProperty.call(m, "deprecated"))
                    w.uint32(48).bool(m.deprecated);
                return w;
            };

            Block.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.Schema.Block();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.version = r.int64();
                            break;
                        }
                    case 2: {
                            if (!(m.attributes && m.attributes.length))
                                m.attributes = [];
                            m.attributes.push($root.tfplugin6.Schema.Attribute.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            if (!(m.block_types && m.block_types.length))
                                m.block_types = [];
                            m.block_types.push($root.tfplugin6.Schema.NestedBlock.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 4: {
                            m.description = r.string();
                            break;
                        }
                    case 5: {
                            m.description_kind = r.int32();
                            break;
                        }
                    case 6: {
                            m.deprecated = r.bool();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Block.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.Schema.Block)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.Schema.Block: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.Schema.Block();
                if (d.version != null) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, false);
                    else if (typeof d.version === "string")
                        m.version = parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                }
                if (d.attributes) {
                    if (!Array.isArray(d.attributes))
                        throw TypeError(".tfplugin6.Schema.Block.attributes: array expected");
                    m.attributes = [];
                    for (var i = 0; i < d.attributes.length; ++i) {
                        if (!$util.isObject(d.attributes[i]))
                            throw TypeError(".tfplugin6.Schema.Block.attributes: object expected");
                        m.attributes[i] = $root.tfplugin6.Schema.Attribute.fromObject(d.attributes[i], n + 1);
                    }
                }
                if (d.block_types) {
                    if (!Array.isArray(d.block_types))
                        throw TypeError(".tfplugin6.Schema.Block.block_types: array expected");
                    m.block_types = [];
                    for (var i = 0; i < d.block_types.length; ++i) {
                        if (!$util.isObject(d.block_types[i]))
                            throw TypeError(".tfplugin6.Schema.Block.block_types: object expected");
                        m.block_types[i] = $root.tfplugin6.Schema.NestedBlock.fromObject(d.block_types[i], n + 1);
                    }
                }
                if (d.description != null) {
                    m.description = String(d.description);
                }
                switch (d.description_kind) {
                default:
                    if (typeof d.description_kind === "number") {
                        m.description_kind = d.description_kind;
                        break;
                    }
                    break;
                case "PLAIN":
                case 0:
                    m.description_kind = 0;
                    break;
                case "MARKDOWN":
                case 1:
                    m.description_kind = 1;
                    break;
                }
                if (d.deprecated != null) {
                    m.deprecated = Boolean(d.deprecated);
                }
                return m;
            };

            Block.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.attributes = [];
                    d.block_types = [];
                }
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.description = "";
                    d.description_kind = o.enums === String ? "PLAIN" : 0;
                    d.deprecated = false;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.version = typeof m.version === "number" ? BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === String ? String(m.version) : m.version;
                    else
                        d.version = o.longs === String ? $util.Long.prototype.toString.call(m.version) : o.longs === Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.attributes && m.attributes.length) {
                    d.attributes = [];
                    for (var j = 0; j < m.attributes.length; ++j) {
                        d.attributes[j] = $root.tfplugin6.Schema.Attribute.toObject(m.attributes[j], o, q + 1);
                    }
                }
                if (m.block_types && m.block_types.length) {
                    d.block_types = [];
                    for (var j = 0; j < m.block_types.length; ++j) {
                        d.block_types[j] = $root.tfplugin6.Schema.NestedBlock.toObject(m.block_types[j], o, q + 1);
                    }
                }
                if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                    d.description = m.description;
                }
                if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind")) {
                    d.description_kind = o.enums === String ? $root.tfplugin6.StringKind[m.description_kind] === undefined ? m.description_kind : $root.tfplugin6.StringKind[m.description_kind] : m.description_kind;
                }
                if (m.deprecated != null && $Object.hasOwnProperty.call(m, "deprecated")) {
                    d.deprecated = m.deprecated;
                }
                return d;
            };

            Block.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Block;
        })();

        Schema.Attribute = (function() {

            function Attribute(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Attribute.prototype.name = "";
            Attribute.prototype.type = $util.newBuffer([]);
            Attribute.prototype.nested_type = null;
            Attribute.prototype.description = "";
            Attribute.prototype.required = false;
            Attribute.prototype.optional = false;
            Attribute.prototype.computed = false;
            Attribute.prototype.sensitive = false;
            Attribute.prototype.description_kind = 0;
            Attribute.prototype.deprecated = false;
            Attribute.prototype.write_only = false;

            Attribute.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                    w.uint32(18).bytes(m.type);
                if (m.description != null && $Object.hasOwnProperty.call(m, "description"))
                    w.uint32(26).string(m.description);
                if (m.required != null && $Object.hasOwnProperty.call(m, "required"))
                    w.uint32(32).bool(m.required);
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional"))
                    w.uint32(40).bool(m.optional);
                if (m.computed != null && $Object.hasOwnProperty.call(m, "computed"))
                    w.uint32(48).bool(m.computed);
                if (m.sensitive != null && $Object.hasOwnProperty.call(m, "sensitive"))
                    w.uint32(56).bool(m.sensitive);
                if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind"))
                    w.uint32(64).int32(m.description_kind);
                if (m.deprecated != null && $Object.hasOwnProperty.call(m, "deprecated"))
                    w.uint32(72).bool(m.deprecated);
                if (m.nested_type != null && $Object.hasOwnProperty.call(m, "nested_type"))
                    $root.tfplugin6.Schema.Object.encode(m.nested_type, w.uint32(82).fork(), q + 1).ldelim();
                if (m.write_only != null && $Object.hasOwnProperty.call(m, "write_only"))
                    w.uint32(88).bool(m.write_only);
                return w;
            };

            Attribute.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.Schema.Attribute();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    case 2: {
                            m.type = r.bytes();
                            break;
                        }
                    case 10: {
                            m.nested_type = $root.tfplugin6.Schema.Object.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.description = r.string();
                            break;
                        }
                    case 4: {
                            m.required = r.bool();
                            break;
                        }
                    case 5: {
                            m.optional = r.bool();
                            break;
                        }
                    case 6: {
                            m.computed = r.bool();
                            break;
                        }
                    case 7: {
                            m.sensitive = r.bool();
                            break;
                        }
                    case 8: {
                            m.description_kind = r.int32();
                            break;
                        }
                    case 9: {
                            m.deprecated = r.bool();
                            break;
                        }
                    case 11: {
                            m.write_only = r.bool();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Attribute.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.Schema.Attribute)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.Schema.Attribute: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.Schema.Attribute();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d.type != null) {
                    if (typeof d.type === "string")
                        $util.base64.decode(d.type, m.type = $util.newBuffer($util.base64.length(d.type)), 0);
                    else if (d.type.length >= 0)
                        m.type = d.type;
                }
                if (d.nested_type != null) {
                    if (!$util.isObject(d.nested_type))
                        throw TypeError(".tfplugin6.Schema.Attribute.nested_type: object expected");
                    m.nested_type = $root.tfplugin6.Schema.Object.fromObject(d.nested_type, n + 1);
                }
                if (d.description != null) {
                    m.description = String(d.description);
                }
                if (d.required != null) {
                    m.required = Boolean(d.required);
                }
                if (d.optional != null) {
                    m.optional = Boolean(d.optional);
                }
                if (d.computed != null) {
                    m.computed = Boolean(d.computed);
                }
                if (d.sensitive != null) {
                    m.sensitive = Boolean(d.sensitive);
                }
                switch (d.description_kind) {
                default:
                    if (typeof d.description_kind === "number") {
                        m.description_kind = d.description_kind;
                        break;
                    }
                    break;
                case "PLAIN":
                case 0:
                    m.description_kind = 0;
                    break;
                case "MARKDOWN":
                case 1:
                    m.description_kind = 1;
                    break;
                }
                if (d.deprecated != null) {
                    m.deprecated = Boolean(d.deprecated);
                }
                if (d.write_only != null) {
                    m.write_only = Boolean(d.write_only);
                }
                return m;
            };

            Attribute.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    if (o.bytes === String)
                        d.type = "";
                    else {
                        d.type = [];
                        if (o.bytes !== Array)
                            d.type = $util.newBuffer(d.type);
                    }
                    d.description = "";
                    d.required = false;
                    d.optional = false;
                    d.computed = false;
                    d.sensitive = false;
                    d.description_kind = o.enums === String ? "PLAIN" : 0;
                    d.deprecated = false;
                    d.nested_type = null;
                    d.write_only = false;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.bytes === String ? $util.base64.encode(m.type, 0, m.type.length) : o.bytes === Array ? Array.prototype.slice.call(m.type) : m.type;
                }
                if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                    d.description = m.description;
                }
                if (m.required != null && $Object.hasOwnProperty.call(m, "required")) {
                    d.required = m.required;
                }
                if (m.optional != null && $Object.hasOwnProperty.call(m, "optional")) {
                    d.optional = m.optional;
                }
                if (m.computed != null && $Object.hasOwnProperty.call(m, "computed")) {
                    d.computed = m.computed;
                }
                if (m.sensitive != null && $Object.hasOwnProperty.call(m, "sensitive")) {
                    d.sensitive = m.sensitive;
                }
                if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind")) {
                    d.description_kind = o.enums === String ? $root.tfplugin6.StringKind[m.description_kind] === undefined ? m.description_kind : $root.tfplugin6.StringKind[m.description_kind] : m.description_kind;
                }
                if (m.deprecated != null && $Object.hasOwnProperty.call(m, "deprecated")) {
                    d.deprecated = m.deprecated;
                }
                if (m.nested_type != null && $Object.hasOwnProperty.call(m, "nested_type")) {
                    d.nested_type = $root.tfplugin6.Schema.Object.toObject(m.nested_type, o, q + 1);
                }
                if (m.write_only != null && $Object.hasOwnProperty.call(m, "write_only")) {
                    d.write_only = m.write_only;
                }
                return d;
            };

            Attribute.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Attribute;
        })();

        Schema.NestedBlock = (function() {

            function NestedBlock(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            NestedBlock.prototype.type_name = "";
            NestedBlock.prototype.block = null;
            NestedBlock.prototype.nesting = 0;
            NestedBlock.prototype.min_items = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            NestedBlock.prototype.max_items = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            NestedBlock.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.block != null && $Object.hasOwnProperty.call(m, "block"))
                    $root.tfplugin6.Schema.Block.encode(m.block, w.uint32(18).fork(), q + 1).ldelim();
                if (m.nesting != null && $Object.hasOwnProperty.call(m, "nesting"))
                    w.uint32(24).int32(m.nesting);
                if (m.min_items != null && $Object.hasOwnProperty.call(m, "min_items"))
                    w.uint32(32).int64(m.min_items);
                if (m.max_items != null && $Object.hasOwnProperty.call(m, "max_items"))
                    w.uint32(40).int64(m.max_items);
                return w;
            };

            NestedBlock.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.Schema.NestedBlock();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.block = $root.tfplugin6.Schema.Block.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.nesting = r.int32();
                            break;
                        }
                    case 4: {
                            m.min_items = r.int64();
                            break;
                        }
                    case 5: {
                            m.max_items = r.int64();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            NestedBlock.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.Schema.NestedBlock)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.Schema.NestedBlock: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.Schema.NestedBlock();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.block != null) {
                    if (!$util.isObject(d.block))
                        throw TypeError(".tfplugin6.Schema.NestedBlock.block: object expected");
                    m.block = $root.tfplugin6.Schema.Block.fromObject(d.block, n + 1);
                }
                switch (d.nesting) {
                default:
                    if (typeof d.nesting === "number") {
                        m.nesting = d.nesting;
                        break;
                    }
                    break;
                case "INVALID":
                case 0:
                    m.nesting = 0;
                    break;
                case "SINGLE":
                case 1:
                    m.nesting = 1;
                    break;
                case "LIST":
                case 2:
                    m.nesting = 2;
                    break;
                case "SET":
                case 3:
                    m.nesting = 3;
                    break;
                case "MAP":
                case 4:
                    m.nesting = 4;
                    break;
                case "GROUP":
                case 5:
                    m.nesting = 5;
                    break;
                }
                if (d.min_items != null) {
                    if ($util.Long)
                        m.min_items = $util.Long.fromValue(d.min_items, false);
                    else if (typeof d.min_items === "string")
                        m.min_items = parseInt(d.min_items, 10);
                    else if (typeof d.min_items === "number")
                        m.min_items = d.min_items;
                    else if (typeof d.min_items === "object")
                        m.min_items = new $util.LongBits(d.min_items.low >>> 0, d.min_items.high >>> 0).toNumber();
                }
                if (d.max_items != null) {
                    if ($util.Long)
                        m.max_items = $util.Long.fromValue(d.max_items, false);
                    else if (typeof d.max_items === "string")
                        m.max_items = parseInt(d.max_items, 10);
                    else if (typeof d.max_items === "number")
                        m.max_items = d.max_items;
                    else if (typeof d.max_items === "object")
                        m.max_items = new $util.LongBits(d.max_items.low >>> 0, d.max_items.high >>> 0).toNumber();
                }
                return m;
            };

            NestedBlock.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.block = null;
                    d.nesting = o.enums === String ? "INVALID" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.min_items = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.min_items = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.max_items = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.max_items = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.block != null && $Object.hasOwnProperty.call(m, "block")) {
                    d.block = $root.tfplugin6.Schema.Block.toObject(m.block, o, q + 1);
                }
                if (m.nesting != null && $Object.hasOwnProperty.call(m, "nesting")) {
                    d.nesting = o.enums === String ? $root.tfplugin6.Schema.NestedBlock.NestingMode[m.nesting] === undefined ? m.nesting : $root.tfplugin6.Schema.NestedBlock.NestingMode[m.nesting] : m.nesting;
                }
                if (m.min_items != null && $Object.hasOwnProperty.call(m, "min_items")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.min_items = typeof m.min_items === "number" ? BigInt(m.min_items) : $util.Long.fromBits(m.min_items.low >>> 0, m.min_items.high >>> 0, false).toBigInt();
                    else if (typeof m.min_items === "number")
                        d.min_items = o.longs === String ? String(m.min_items) : m.min_items;
                    else
                        d.min_items = o.longs === String ? $util.Long.prototype.toString.call(m.min_items) : o.longs === Number ? new $util.LongBits(m.min_items.low >>> 0, m.min_items.high >>> 0).toNumber() : m.min_items;
                }
                if (m.max_items != null && $Object.hasOwnProperty.call(m, "max_items")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.max_items = typeof m.max_items === "number" ? BigInt(m.max_items) : $util.Long.fromBits(m.max_items.low >>> 0, m.max_items.high >>> 0, false).toBigInt();
                    else if (typeof m.max_items === "number")
                        d.max_items = o.longs === String ? String(m.max_items) : m.max_items;
                    else
                        d.max_items = o.longs === String ? $util.Long.prototype.toString.call(m.max_items) : o.longs === Number ? new $util.LongBits(m.max_items.low >>> 0, m.max_items.high >>> 0).toNumber() : m.max_items;
                }
                return d;
            };

            NestedBlock.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            NestedBlock.NestingMode = (function() {
                var valuesById = {}, values = $Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                values[valuesById[5] = "GROUP"] = 5;
                return values;
            })();

            return NestedBlock;
        })();

        Schema.Object = (function() {

            function Object(p) {
                this.attributes = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Object.prototype.attributes = $util.emptyArray;
            Object.prototype.nesting = 0;
            Object.prototype.min_items = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Object.prototype.max_items = $util.Long ? $util.Long.fromBits(0,0,false) : 0;

            Object.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.attributes != null && m.attributes.length) {
                    for (var i = 0; i < m.attributes.length; ++i)
                        $root.tfplugin6.Schema.Attribute.encode(m.attributes[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.nesting != null && $Object.hasOwnProperty.call(m, "nesting"))
                    w.uint32(24).int32(m.nesting);
                if (m.min_items != null && $Object.hasOwnProperty.call(m, "min_items"))
                    w.uint32(32).int64(m.min_items);
                if (m.max_items != null && $Object.hasOwnProperty.call(m, "max_items"))
                    w.uint32(40).int64(m.max_items);
                return w;
            };

            Object.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.Schema.Object();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.attributes && m.attributes.length))
                                m.attributes = [];
                            m.attributes.push($root.tfplugin6.Schema.Attribute.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m.nesting = r.int32();
                            break;
                        }
                    case 4: {
                            m.min_items = r.int64();
                            break;
                        }
                    case 5: {
                            m.max_items = r.int64();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Object.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.Schema.Object)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.Schema.Object: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.Schema.Object();
                if (d.attributes) {
                    if (!Array.isArray(d.attributes))
                        throw TypeError(".tfplugin6.Schema.Object.attributes: array expected");
                    m.attributes = [];
                    for (var i = 0; i < d.attributes.length; ++i) {
                        if (!$util.isObject(d.attributes[i]))
                            throw TypeError(".tfplugin6.Schema.Object.attributes: object expected");
                        m.attributes[i] = $root.tfplugin6.Schema.Attribute.fromObject(d.attributes[i], n + 1);
                    }
                }
                switch (d.nesting) {
                default:
                    if (typeof d.nesting === "number") {
                        m.nesting = d.nesting;
                        break;
                    }
                    break;
                case "INVALID":
                case 0:
                    m.nesting = 0;
                    break;
                case "SINGLE":
                case 1:
                    m.nesting = 1;
                    break;
                case "LIST":
                case 2:
                    m.nesting = 2;
                    break;
                case "SET":
                case 3:
                    m.nesting = 3;
                    break;
                case "MAP":
                case 4:
                    m.nesting = 4;
                    break;
                }
                if (d.min_items != null) {
                    if ($util.Long)
                        m.min_items = $util.Long.fromValue(d.min_items, false);
                    else if (typeof d.min_items === "string")
                        m.min_items = parseInt(d.min_items, 10);
                    else if (typeof d.min_items === "number")
                        m.min_items = d.min_items;
                    else if (typeof d.min_items === "object")
                        m.min_items = new $util.LongBits(d.min_items.low >>> 0, d.min_items.high >>> 0).toNumber();
                }
                if (d.max_items != null) {
                    if ($util.Long)
                        m.max_items = $util.Long.fromValue(d.max_items, false);
                    else if (typeof d.max_items === "string")
                        m.max_items = parseInt(d.max_items, 10);
                    else if (typeof d.max_items === "number")
                        m.max_items = d.max_items;
                    else if (typeof d.max_items === "object")
                        m.max_items = new $util.LongBits(d.max_items.low >>> 0, d.max_items.high >>> 0).toNumber();
                }
                return m;
            };

            Object.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.attributes = [];
                }
                if (o.defaults) {
                    d.nesting = o.enums === String ? "INVALID" : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.min_items = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.min_items = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.max_items = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.max_items = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                }
                if (m.attributes && m.attributes.length) {
                    d.attributes = [];
                    for (var j = 0; j < m.attributes.length; ++j) {
                        d.attributes[j] = $root.tfplugin6.Schema.Attribute.toObject(m.attributes[j], o, q + 1);
                    }
                }
                if (m.nesting != null && $Object.hasOwnProperty.call(m, "nesting")) {
                    d.nesting = o.enums === String ? $root.tfplugin6.Schema.Object.NestingMode[m.nesting] === undefined ? m.nesting : $root.tfplugin6.Schema.Object.NestingMode[m.nesting] : m.nesting;
                }
                if (m.min_items != null && $Object.hasOwnProperty.call(m, "min_items")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.min_items = typeof m.min_items === "number" ? BigInt(m.min_items) : $util.Long.fromBits(m.min_items.low >>> 0, m.min_items.high >>> 0, false).toBigInt();
                    else if (typeof m.min_items === "number")
                        d.min_items = o.longs === String ? String(m.min_items) : m.min_items;
                    else
                        d.min_items = o.longs === String ? $util.Long.prototype.toString.call(m.min_items) : o.longs === Number ? new $util.LongBits(m.min_items.low >>> 0, m.min_items.high >>> 0).toNumber() : m.min_items;
                }
                if (m.max_items != null && $Object.hasOwnProperty.call(m, "max_items")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.max_items = typeof m.max_items === "number" ? BigInt(m.max_items) : $util.Long.fromBits(m.max_items.low >>> 0, m.max_items.high >>> 0, false).toBigInt();
                    else if (typeof m.max_items === "number")
                        d.max_items = o.longs === String ? String(m.max_items) : m.max_items;
                    else
                        d.max_items = o.longs === String ? $util.Long.prototype.toString.call(m.max_items) : o.longs === Number ? new $util.LongBits(m.max_items.low >>> 0, m.max_items.high >>> 0).toNumber() : m.max_items;
                }
                return d;
            };

            Object.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            Object.NestingMode = (function() {
                var valuesById = {}, values = $Object.create(valuesById);
                values[valuesById[0] = "INVALID"] = 0;
                values[valuesById[1] = "SINGLE"] = 1;
                values[valuesById[2] = "LIST"] = 2;
                values[valuesById[3] = "SET"] = 3;
                values[valuesById[4] = "MAP"] = 4;
                return values;
            })();

            return Object;
        })();

        return Schema;
    })();

    tfplugin6.Function = (function() {

        function Function(p) {
            this.parameters = [];
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Function.prototype.parameters = $util.emptyArray;
        Function.prototype.variadic_parameter = null;
        Function.prototype["return"] = null;
        Function.prototype.summary = "";
        Function.prototype.description = "";
        Function.prototype.description_kind = 0;
        Function.prototype.deprecation_message = "";

        Function.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.parameters != null && m.parameters.length) {
                for (var i = 0; i < m.parameters.length; ++i)
                    $root.tfplugin6.Function.Parameter.encode(m.parameters[i], w.uint32(10).fork(), q + 1).ldelim();
            }
            if (m.variadic_parameter != null && $Object.hasOwnProperty.call(m, "variadic_parameter"))
                $root.tfplugin6.Function.Parameter.encode(m.variadic_parameter, w.uint32(18).fork(), q + 1).ldelim();
            if (m["return"] != null && $Object.hasOwnProperty.call(m, "return"))
                $root.tfplugin6.Function.Return.encode(m["return"], w.uint32(26).fork(), q + 1).ldelim();
            if (m.summary != null && $Object.hasOwnProperty.call(m, "summary"))
                w.uint32(34).string(m.summary);
            if (m.description != null && $Object.hasOwnProperty.call(m, "description"))
                w.uint32(42).string(m.description);
            if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind"))
                w.uint32(48).int32(m.description_kind);
            if (m.deprecation_message != null && $Object.hasOwnProperty.call(m, "deprecation_message"))
                w.uint32(58).string(m.deprecation_message);
            return w;
        };

        Function.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.Function();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        if (!(m.parameters && m.parameters.length))
                            m.parameters = [];
                        m.parameters.push($root.tfplugin6.Function.Parameter.decode(r, r.uint32(), undefined, n + 1));
                        break;
                    }
                case 2: {
                        m.variadic_parameter = $root.tfplugin6.Function.Parameter.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 3: {
                        m["return"] = $root.tfplugin6.Function.Return.decode(r, r.uint32(), undefined, n + 1);
                        break;
                    }
                case 4: {
                        m.summary = r.string();
                        break;
                    }
                case 5: {
                        m.description = r.string();
                        break;
                    }
                case 6: {
                        m.description_kind = r.int32();
                        break;
                    }
                case 7: {
                        m.deprecation_message = r.string();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Function.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.Function)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.Function: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.Function();
            if (d.parameters) {
                if (!Array.isArray(d.parameters))
                    throw TypeError(".tfplugin6.Function.parameters: array expected");
                m.parameters = [];
                for (var i = 0; i < d.parameters.length; ++i) {
                    if (!$util.isObject(d.parameters[i]))
                        throw TypeError(".tfplugin6.Function.parameters: object expected");
                    m.parameters[i] = $root.tfplugin6.Function.Parameter.fromObject(d.parameters[i], n + 1);
                }
            }
            if (d.variadic_parameter != null) {
                if (!$util.isObject(d.variadic_parameter))
                    throw TypeError(".tfplugin6.Function.variadic_parameter: object expected");
                m.variadic_parameter = $root.tfplugin6.Function.Parameter.fromObject(d.variadic_parameter, n + 1);
            }
            if (d["return"] != null) {
                if (!$util.isObject(d["return"]))
                    throw TypeError(".tfplugin6.Function.return: object expected");
                m["return"] = $root.tfplugin6.Function.Return.fromObject(d["return"], n + 1);
            }
            if (d.summary != null) {
                m.summary = String(d.summary);
            }
            if (d.description != null) {
                m.description = String(d.description);
            }
            switch (d.description_kind) {
            default:
                if (typeof d.description_kind === "number") {
                    m.description_kind = d.description_kind;
                    break;
                }
                break;
            case "PLAIN":
            case 0:
                m.description_kind = 0;
                break;
            case "MARKDOWN":
            case 1:
                m.description_kind = 1;
                break;
            }
            if (d.deprecation_message != null) {
                m.deprecation_message = String(d.deprecation_message);
            }
            return m;
        };

        Function.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.arrays || o.defaults) {
                d.parameters = [];
            }
            if (o.defaults) {
                d.variadic_parameter = null;
                d["return"] = null;
                d.summary = "";
                d.description = "";
                d.description_kind = o.enums === String ? "PLAIN" : 0;
                d.deprecation_message = "";
            }
            if (m.parameters && m.parameters.length) {
                d.parameters = [];
                for (var j = 0; j < m.parameters.length; ++j) {
                    d.parameters[j] = $root.tfplugin6.Function.Parameter.toObject(m.parameters[j], o, q + 1);
                }
            }
            if (m.variadic_parameter != null && $Object.hasOwnProperty.call(m, "variadic_parameter")) {
                d.variadic_parameter = $root.tfplugin6.Function.Parameter.toObject(m.variadic_parameter, o, q + 1);
            }
            if (m["return"] != null && $Object.hasOwnProperty.call(m, "return")) {
                d["return"] = $root.tfplugin6.Function.Return.toObject(m["return"], o, q + 1);
            }
            if (m.summary != null && $Object.hasOwnProperty.call(m, "summary")) {
                d.summary = m.summary;
            }
            if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                d.description = m.description;
            }
            if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind")) {
                d.description_kind = o.enums === String ? $root.tfplugin6.StringKind[m.description_kind] === undefined ? m.description_kind : $root.tfplugin6.StringKind[m.description_kind] : m.description_kind;
            }
            if (m.deprecation_message != null && $Object.hasOwnProperty.call(m, "deprecation_message")) {
                d.deprecation_message = m.deprecation_message;
            }
            return d;
        };

        Function.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        Function.Parameter = (function() {

            function Parameter(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Parameter.prototype.name = "";
            Parameter.prototype.type = $util.newBuffer([]);
            Parameter.prototype.allow_null_value = false;
            Parameter.prototype.allow_unknown_values = false;
            Parameter.prototype.description = "";
            Parameter.prototype.description_kind = 0;

            Parameter.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                    w.uint32(18).bytes(m.type);
                if (m.allow_null_value != null && $Object.hasOwnProperty.call(m, "allow_null_value"))
                    w.uint32(24).bool(m.allow_null_value);
                if (m.allow_unknown_values != null && $Object.hasOwnProperty.call(m, "allow_unknown_values"))
                    w.uint32(32).bool(m.allow_unknown_values);
                if (m.description != null && $Object.hasOwnProperty.call(m, "description"))
                    w.uint32(42).string(m.description);
                if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind"))
                    w.uint32(48).int32(m.description_kind);
                return w;
            };

            Parameter.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.Function.Parameter();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    case 2: {
                            m.type = r.bytes();
                            break;
                        }
                    case 3: {
                            m.allow_null_value = r.bool();
                            break;
                        }
                    case 4: {
                            m.allow_unknown_values = r.bool();
                            break;
                        }
                    case 5: {
                            m.description = r.string();
                            break;
                        }
                    case 6: {
                            m.description_kind = r.int32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Parameter.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.Function.Parameter)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.Function.Parameter: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.Function.Parameter();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d.type != null) {
                    if (typeof d.type === "string")
                        $util.base64.decode(d.type, m.type = $util.newBuffer($util.base64.length(d.type)), 0);
                    else if (d.type.length >= 0)
                        m.type = d.type;
                }
                if (d.allow_null_value != null) {
                    m.allow_null_value = Boolean(d.allow_null_value);
                }
                if (d.allow_unknown_values != null) {
                    m.allow_unknown_values = Boolean(d.allow_unknown_values);
                }
                if (d.description != null) {
                    m.description = String(d.description);
                }
                switch (d.description_kind) {
                default:
                    if (typeof d.description_kind === "number") {
                        m.description_kind = d.description_kind;
                        break;
                    }
                    break;
                case "PLAIN":
                case 0:
                    m.description_kind = 0;
                    break;
                case "MARKDOWN":
                case 1:
                    m.description_kind = 1;
                    break;
                }
                return m;
            };

            Parameter.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                    if (o.bytes === String)
                        d.type = "";
                    else {
                        d.type = [];
                        if (o.bytes !== Array)
                            d.type = $util.newBuffer(d.type);
                    }
                    d.allow_null_value = false;
                    d.allow_unknown_values = false;
                    d.description = "";
                    d.description_kind = o.enums === String ? "PLAIN" : 0;
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.bytes === String ? $util.base64.encode(m.type, 0, m.type.length) : o.bytes === Array ? Array.prototype.slice.call(m.type) : m.type;
                }
                if (m.allow_null_value != null && $Object.hasOwnProperty.call(m, "allow_null_value")) {
                    d.allow_null_value = m.allow_null_value;
                }
                if (m.allow_unknown_values != null && $Object.hasOwnProperty.call(m, "allow_unknown_values")) {
                    d.allow_unknown_values = m.allow_unknown_values;
                }
                if (m.description != null && $Object.hasOwnProperty.call(m, "description")) {
                    d.description = m.description;
                }
                if (m.description_kind != null && $Object.hasOwnProperty.call(m, "description_kind")) {
                    d.description_kind = o.enums === String ? $root.tfplugin6.StringKind[m.description_kind] === undefined ? m.description_kind : $root.tfplugin6.StringKind[m.description_kind] : m.description_kind;
                }
                return d;
            };

            Parameter.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Parameter;
        })();

        Function.Return = (function() {

            function Return(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Return.prototype.type = $util.newBuffer([]);

            Return.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type != null && $Object.hasOwnProperty.call(m, "type"))
                    w.uint32(10).bytes(m.type);
                return w;
            };

            Return.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.Function.Return();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Return.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.Function.Return)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.Function.Return: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.Function.Return();
                if (d.type != null) {
                    if (typeof d.type === "string")
                        $util.base64.decode(d.type, m.type = $util.newBuffer($util.base64.length(d.type)), 0);
                    else if (d.type.length >= 0)
                        m.type = d.type;
                }
                return m;
            };

            Return.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if (o.bytes === String)
                        d.type = "";
                    else {
                        d.type = [];
                        if (o.bytes !== Array)
                            d.type = $util.newBuffer(d.type);
                    }
                }
                if (m.type != null && $Object.hasOwnProperty.call(m, "type")) {
                    d.type = o.bytes === String ? $util.base64.encode(m.type, 0, m.type.length) : o.bytes === Array ? Array.prototype.slice.call(m.type) : m.type;
                }
                return d;
            };

            Return.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Return;
        })();

        return Function;
    })();

    tfplugin6.ServerCapabilities = (function() {

        function ServerCapabilities(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ServerCapabilities.prototype.plan_destroy = false;
        ServerCapabilities.prototype.get_provider_schema_optional = false;
        ServerCapabilities.prototype.move_resource_state = false;

        ServerCapabilities.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.plan_destroy != null && $Object.hasOwnProperty.call(m, "plan_destroy"))
                w.uint32(8).bool(m.plan_destroy);
            if (m.get_provider_schema_optional != null && $Object.hasOwnProperty.call(m, "get_provider_schema_optional"))
                w.uint32(16).bool(m.get_provider_schema_optional);
            if (m.move_resource_state != null && $Object.hasOwnProperty.call(m, "move_resource_state"))
                w.uint32(24).bool(m.move_resource_state);
            return w;
        };

        ServerCapabilities.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ServerCapabilities();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.plan_destroy = r.bool();
                        break;
                    }
                case 2: {
                        m.get_provider_schema_optional = r.bool();
                        break;
                    }
                case 3: {
                        m.move_resource_state = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ServerCapabilities.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ServerCapabilities)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.ServerCapabilities: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.ServerCapabilities();
            if (d.plan_destroy != null) {
                m.plan_destroy = Boolean(d.plan_destroy);
            }
            if (d.get_provider_schema_optional != null) {
                m.get_provider_schema_optional = Boolean(d.get_provider_schema_optional);
            }
            if (d.move_resource_state != null) {
                m.move_resource_state = Boolean(d.move_resource_state);
            }
            return m;
        };

        ServerCapabilities.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.plan_destroy = false;
                d.get_provider_schema_optional = false;
                d.move_resource_state = false;
            }
            if (m.plan_destroy != null && $Object.hasOwnProperty.call(m, "plan_destroy")) {
                d.plan_destroy = m.plan_destroy;
            }
            if (m.get_provider_schema_optional != null && $Object.hasOwnProperty.call(m, "get_provider_schema_optional")) {
                d.get_provider_schema_optional = m.get_provider_schema_optional;
            }
            if (m.move_resource_state != null && $Object.hasOwnProperty.call(m, "move_resource_state")) {
                d.move_resource_state = m.move_resource_state;
            }
            return d;
        };

        ServerCapabilities.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ServerCapabilities;
    })();

    tfplugin6.ClientCapabilities = (function() {

        function ClientCapabilities(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ClientCapabilities.prototype.deferral_allowed = false;
        ClientCapabilities.prototype.write_only_attributes_allowed = false;

        ClientCapabilities.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.deferral_allowed != null && $Object.hasOwnProperty.call(m, "deferral_allowed"))
                w.uint32(8).bool(m.deferral_allowed);
            if (m.write_only_attributes_allowed != null && $Object.hasOwnProperty.call(m, "write_only_attributes_allowed"))
                w.uint32(16).bool(m.write_only_attributes_allowed);
            return w;
        };

        ClientCapabilities.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ClientCapabilities();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.deferral_allowed = r.bool();
                        break;
                    }
                case 2: {
                        m.write_only_attributes_allowed = r.bool();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ClientCapabilities.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ClientCapabilities)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.ClientCapabilities: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.ClientCapabilities();
            if (d.deferral_allowed != null) {
                m.deferral_allowed = Boolean(d.deferral_allowed);
            }
            if (d.write_only_attributes_allowed != null) {
                m.write_only_attributes_allowed = Boolean(d.write_only_attributes_allowed);
            }
            return m;
        };

        ClientCapabilities.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.deferral_allowed = false;
                d.write_only_attributes_allowed = false;
            }
            if (m.deferral_allowed != null && $Object.hasOwnProperty.call(m, "deferral_allowed")) {
                d.deferral_allowed = m.deferral_allowed;
            }
            if (m.write_only_attributes_allowed != null && $Object.hasOwnProperty.call(m, "write_only_attributes_allowed")) {
                d.write_only_attributes_allowed = m.write_only_attributes_allowed;
            }
            return d;
        };

        ClientCapabilities.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return ClientCapabilities;
    })();

    tfplugin6.Deferred = (function() {

        function Deferred(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Deferred.prototype.reason = 0;

        Deferred.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason"))
                w.uint32(8).int32(m.reason);
            return w;
        };

        Deferred.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.Deferred();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                case 1: {
                        m.reason = r.int32();
                        break;
                    }
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Deferred.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.Deferred)
                return d;
            if (!$util.isObject(d))
                throw TypeError(".tfplugin6.Deferred: object expected");
            if (n === undefined)
                n = 0;
            if (n > $util.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var m = new $root.tfplugin6.Deferred();
            switch (d.reason) {
            default:
                if (typeof d.reason === "number") {
                    m.reason = d.reason;
                    break;
                }
                break;
            case "UNKNOWN":
            case 0:
                m.reason = 0;
                break;
            case "RESOURCE_CONFIG_UNKNOWN":
            case 1:
                m.reason = 1;
                break;
            case "PROVIDER_CONFIG_UNKNOWN":
            case 2:
                m.reason = 2;
                break;
            case "ABSENT_PREREQ":
            case 3:
                m.reason = 3;
                break;
            }
            return m;
        };

        Deferred.toObject = function toObject(m, o, q) {
            if (!o)
                o = {};
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            var d = {};
            if (o.defaults) {
                d.reason = o.enums === String ? "UNKNOWN" : 0;
            }
            if (m.reason != null && $Object.hasOwnProperty.call(m, "reason")) {
                d.reason = o.enums === String ? $root.tfplugin6.Deferred.Reason[m.reason] === undefined ? m.reason : $root.tfplugin6.Deferred.Reason[m.reason] : m.reason;
            }
            return d;
        };

        Deferred.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        Deferred.Reason = (function() {
            var valuesById = {}, values = $Object.create(valuesById);
            values[valuesById[0] = "UNKNOWN"] = 0;
            values[valuesById[1] = "RESOURCE_CONFIG_UNKNOWN"] = 1;
            values[valuesById[2] = "PROVIDER_CONFIG_UNKNOWN"] = 2;
            values[valuesById[3] = "ABSENT_PREREQ"] = 3;
            return values;
        })();

        return Deferred;
    })();

    tfplugin6.GetMetadata = (function() {

        function GetMetadata(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        GetMetadata.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        GetMetadata.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.GetMetadata();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        GetMetadata.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.GetMetadata)
                return d;
            return new $root.tfplugin6.GetMetadata();
        };

        GetMetadata.toObject = function toObject() {
            return {};
        };

        GetMetadata.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetMetadata.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetMetadata.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetMetadata.Request)
                    return d;
                return new $root.tfplugin6.GetMetadata.Request();
            };

            Request.toObject = function toObject() {
                return {};
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        GetMetadata.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                this.data_sources = [];
                this.resources = [];
                this.functions = [];
                this.ephemeral_resources = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.server_capabilities = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.data_sources = $util.emptyArray;
            Response.prototype.resources = $util.emptyArray;
            Response.prototype.functions = $util.emptyArray;
            Response.prototype.ephemeral_resources = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.server_capabilities != null && $Object.hasOwnProperty.call(m, "server_capabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(m.server_capabilities, w.uint32(10).fork(), q + 1).ldelim();
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.data_sources != null && m.data_sources.length) {
                    for (var i = 0; i < m.data_sources.length; ++i)
                        $root.tfplugin6.GetMetadata.DataSourceMetadata.encode(m.data_sources[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.resources != null && m.resources.length) {
                    for (var i = 0; i < m.resources.length; ++i)
                        $root.tfplugin6.GetMetadata.ResourceMetadata.encode(m.resources[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.functions != null && m.functions.length) {
                    for (var i = 0; i < m.functions.length; ++i)
                        $root.tfplugin6.GetMetadata.FunctionMetadata.encode(m.functions[i], w.uint32(42).fork(), q + 1).ldelim();
                }
                if (m.ephemeral_resources != null && m.ephemeral_resources.length) {
                    for (var i = 0; i < m.ephemeral_resources.length; ++i)
                        $root.tfplugin6.GetMetadata.EphemeralMetadata.encode(m.ephemeral_resources[i], w.uint32(50).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetMetadata.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.server_capabilities = $root.tfplugin6.ServerCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            if (!(m.data_sources && m.data_sources.length))
                                m.data_sources = [];
                            m.data_sources.push($root.tfplugin6.GetMetadata.DataSourceMetadata.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 4: {
                            if (!(m.resources && m.resources.length))
                                m.resources = [];
                            m.resources.push($root.tfplugin6.GetMetadata.ResourceMetadata.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 5: {
                            if (!(m.functions && m.functions.length))
                                m.functions = [];
                            m.functions.push($root.tfplugin6.GetMetadata.FunctionMetadata.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 6: {
                            if (!(m.ephemeral_resources && m.ephemeral_resources.length))
                                m.ephemeral_resources = [];
                            m.ephemeral_resources.push($root.tfplugin6.GetMetadata.EphemeralMetadata.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetMetadata.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetMetadata.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetMetadata.Response();
                if (d.server_capabilities != null) {
                    if (!$util.isObject(d.server_capabilities))
                        throw TypeError(".tfplugin6.GetMetadata.Response.server_capabilities: object expected");
                    m.server_capabilities = $root.tfplugin6.ServerCapabilities.fromObject(d.server_capabilities, n + 1);
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.GetMetadata.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.GetMetadata.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.data_sources) {
                    if (!Array.isArray(d.data_sources))
                        throw TypeError(".tfplugin6.GetMetadata.Response.data_sources: array expected");
                    m.data_sources = [];
                    for (var i = 0; i < d.data_sources.length; ++i) {
                        if (!$util.isObject(d.data_sources[i]))
                            throw TypeError(".tfplugin6.GetMetadata.Response.data_sources: object expected");
                        m.data_sources[i] = $root.tfplugin6.GetMetadata.DataSourceMetadata.fromObject(d.data_sources[i], n + 1);
                    }
                }
                if (d.resources) {
                    if (!Array.isArray(d.resources))
                        throw TypeError(".tfplugin6.GetMetadata.Response.resources: array expected");
                    m.resources = [];
                    for (var i = 0; i < d.resources.length; ++i) {
                        if (!$util.isObject(d.resources[i]))
                            throw TypeError(".tfplugin6.GetMetadata.Response.resources: object expected");
                        m.resources[i] = $root.tfplugin6.GetMetadata.ResourceMetadata.fromObject(d.resources[i], n + 1);
                    }
                }
                if (d.functions) {
                    if (!Array.isArray(d.functions))
                        throw TypeError(".tfplugin6.GetMetadata.Response.functions: array expected");
                    m.functions = [];
                    for (var i = 0; i < d.functions.length; ++i) {
                        if (!$util.isObject(d.functions[i]))
                            throw TypeError(".tfplugin6.GetMetadata.Response.functions: object expected");
                        m.functions[i] = $root.tfplugin6.GetMetadata.FunctionMetadata.fromObject(d.functions[i], n + 1);
                    }
                }
                if (d.ephemeral_resources) {
                    if (!Array.isArray(d.ephemeral_resources))
                        throw TypeError(".tfplugin6.GetMetadata.Response.ephemeral_resources: array expected");
                    m.ephemeral_resources = [];
                    for (var i = 0; i < d.ephemeral_resources.length; ++i) {
                        if (!$util.isObject(d.ephemeral_resources[i]))
                            throw TypeError(".tfplugin6.GetMetadata.Response.ephemeral_resources: object expected");
                        m.ephemeral_resources[i] = $root.tfplugin6.GetMetadata.EphemeralMetadata.fromObject(d.ephemeral_resources[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                    d.data_sources = [];
                    d.resources = [];
                    d.functions = [];
                    d.ephemeral_resources = [];
                }
                if (o.defaults) {
                    d.server_capabilities = null;
                }
                if (m.server_capabilities != null && $Object.hasOwnProperty.call(m, "server_capabilities")) {
                    d.server_capabilities = $root.tfplugin6.ServerCapabilities.toObject(m.server_capabilities, o, q + 1);
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.data_sources && m.data_sources.length) {
                    d.data_sources = [];
                    for (var j = 0; j < m.data_sources.length; ++j) {
                        d.data_sources[j] = $root.tfplugin6.GetMetadata.DataSourceMetadata.toObject(m.data_sources[j], o, q + 1);
                    }
                }
                if (m.resources && m.resources.length) {
                    d.resources = [];
                    for (var j = 0; j < m.resources.length; ++j) {
                        d.resources[j] = $root.tfplugin6.GetMetadata.ResourceMetadata.toObject(m.resources[j], o, q + 1);
                    }
                }
                if (m.functions && m.functions.length) {
                    d.functions = [];
                    for (var j = 0; j < m.functions.length; ++j) {
                        d.functions[j] = $root.tfplugin6.GetMetadata.FunctionMetadata.toObject(m.functions[j], o, q + 1);
                    }
                }
                if (m.ephemeral_resources && m.ephemeral_resources.length) {
                    d.ephemeral_resources = [];
                    for (var j = 0; j < m.ephemeral_resources.length; ++j) {
                        d.ephemeral_resources[j] = $root.tfplugin6.GetMetadata.EphemeralMetadata.toObject(m.ephemeral_resources[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        GetMetadata.EphemeralMetadata = (function() {

            function EphemeralMetadata(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            EphemeralMetadata.prototype.type_name = "";

            EphemeralMetadata.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                return w;
            };

            EphemeralMetadata.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetMetadata.EphemeralMetadata();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            EphemeralMetadata.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetMetadata.EphemeralMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetMetadata.EphemeralMetadata: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetMetadata.EphemeralMetadata();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                return m;
            };

            EphemeralMetadata.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                return d;
            };

            EphemeralMetadata.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return EphemeralMetadata;
        })();

        GetMetadata.FunctionMetadata = (function() {

            function FunctionMetadata(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            FunctionMetadata.prototype.name = "";

            FunctionMetadata.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                return w;
            };

            FunctionMetadata.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetMetadata.FunctionMetadata();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            FunctionMetadata.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetMetadata.FunctionMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetMetadata.FunctionMetadata: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetMetadata.FunctionMetadata();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                return m;
            };

            FunctionMetadata.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                return d;
            };

            FunctionMetadata.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return FunctionMetadata;
        })();

        GetMetadata.DataSourceMetadata = (function() {

            function DataSourceMetadata(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            DataSourceMetadata.prototype.type_name = "";

            DataSourceMetadata.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                return w;
            };

            DataSourceMetadata.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetMetadata.DataSourceMetadata();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            DataSourceMetadata.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetMetadata.DataSourceMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetMetadata.DataSourceMetadata: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetMetadata.DataSourceMetadata();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                return m;
            };

            DataSourceMetadata.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                return d;
            };

            DataSourceMetadata.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return DataSourceMetadata;
        })();

        GetMetadata.ResourceMetadata = (function() {

            function ResourceMetadata(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            ResourceMetadata.prototype.type_name = "";

            ResourceMetadata.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                return w;
            };

            ResourceMetadata.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetMetadata.ResourceMetadata();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            ResourceMetadata.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetMetadata.ResourceMetadata)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetMetadata.ResourceMetadata: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetMetadata.ResourceMetadata();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                return m;
            };

            ResourceMetadata.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                return d;
            };

            ResourceMetadata.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ResourceMetadata;
        })();

        return GetMetadata;
    })();

    tfplugin6.GetProviderSchema = (function() {

        function GetProviderSchema(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        GetProviderSchema.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        GetProviderSchema.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.GetProviderSchema();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        GetProviderSchema.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.GetProviderSchema)
                return d;
            return new $root.tfplugin6.GetProviderSchema();
        };

        GetProviderSchema.toObject = function toObject() {
            return {};
        };

        GetProviderSchema.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetProviderSchema.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetProviderSchema.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetProviderSchema.Request)
                    return d;
                return new $root.tfplugin6.GetProviderSchema.Request();
            };

            Request.toObject = function toObject() {
                return {};
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        GetProviderSchema.Response = (function() {

            function Response(p) {
                this.resource_schemas = {};
                this.data_source_schemas = {};
                this.functions = {};
                this.ephemeral_resource_schemas = {};
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.provider = null;
            Response.prototype.resource_schemas = $util.emptyObject;
            Response.prototype.data_source_schemas = $util.emptyObject;
            Response.prototype.functions = $util.emptyObject;
            Response.prototype.ephemeral_resource_schemas = $util.emptyObject;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.provider_meta = null;
            Response.prototype.server_capabilities = null;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.provider != null && $Object.hasOwnProperty.call(m, "provider"))
                    $root.tfplugin6.Schema.encode(m.provider, w.uint32(10).fork(), q + 1).ldelim();
                if (m.resource_schemas != null && $Object.hasOwnProperty.call(m, "resource_schemas")) {
                    for (var ks = $Object.keys(m.resource_schemas), i = 0; i < ks.length; ++i) {
                        w.uint32(18).fork().uint32(10).string(ks[i]);
                        $root.tfplugin6.Schema.encode(m.resource_schemas[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                if (m.data_source_schemas != null && $Object.hasOwnProperty.call(m, "data_source_schemas")) {
                    for (var ks = $Object.keys(m.data_source_schemas), i = 0; i < ks.length; ++i) {
                        w.uint32(26).fork().uint32(10).string(ks[i]);
                        $root.tfplugin6.Schema.encode(m.data_source_schemas[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta"))
                    $root.tfplugin6.Schema.encode(m.provider_meta, w.uint32(42).fork(), q + 1).ldelim();
                if (m.server_capabilities != null && $Object.hasOwnProperty.call(m, "server_capabilities"))
                    $root.tfplugin6.ServerCapabilities.encode(m.server_capabilities, w.uint32(50).fork(), q + 1).ldelim();
                if (m.functions != null && $Object.hasOwnProperty.call(m, "functions")) {
                    for (var ks = $Object.keys(m.functions), i = 0; i < ks.length; ++i) {
                        w.uint32(58).fork().uint32(10).string(ks[i]);
                        $root.tfplugin6.Function.encode(m.functions[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                if (m.ephemeral_resource_schemas != null && $Object.hasOwnProperty.call(m, "ephemeral_resource_schemas")) {
                    for (var ks = $Object.keys(m.ephemeral_resource_schemas), i = 0; i < ks.length; ++i) {
                        w.uint32(66).fork().uint32(10).string(ks[i]);
                        $root.tfplugin6.Schema.encode(m.ephemeral_resource_schemas[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m, k, value;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetProviderSchema.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.provider = $root.tfplugin6.Schema.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (m.resource_schemas === $util.emptyObject)
                                m.resource_schemas = {};
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            value = null;
                            while (r.pos < c2) {
                                var tag2 = r.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    k = r.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Schema.decode(r, r.uint32(), undefined, n + 1);
                                    break;
                                default:
                                    r.skipType(tag2 & 7, n);
                                    break;
                                }
                            }
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.resource_schemas, k);
                            m.resource_schemas[k] = value;
                            break;
                        }
                    case 3: {
                            if (m.data_source_schemas === $util.emptyObject)
                                m.data_source_schemas = {};
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            value = null;
                            while (r.pos < c2) {
                                var tag2 = r.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    k = r.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Schema.decode(r, r.uint32(), undefined, n + 1);
                                    break;
                                default:
                                    r.skipType(tag2 & 7, n);
                                    break;
                                }
                            }
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.data_source_schemas, k);
                            m.data_source_schemas[k] = value;
                            break;
                        }
                    case 7: {
                            if (m.functions === $util.emptyObject)
                                m.functions = {};
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            value = null;
                            while (r.pos < c2) {
                                var tag2 = r.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    k = r.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Function.decode(r, r.uint32(), undefined, n + 1);
                                    break;
                                default:
                                    r.skipType(tag2 & 7, n);
                                    break;
                                }
                            }
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.functions, k);
                            m.functions[k] = value;
                            break;
                        }
                    case 8: {
                            if (m.ephemeral_resource_schemas === $util.emptyObject)
                                m.ephemeral_resource_schemas = {};
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            value = null;
                            while (r.pos < c2) {
                                var tag2 = r.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    k = r.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Schema.decode(r, r.uint32(), undefined, n + 1);
                                    break;
                                default:
                                    r.skipType(tag2 & 7, n);
                                    break;
                                }
                            }
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.ephemeral_resource_schemas, k);
                            m.ephemeral_resource_schemas[k] = value;
                            break;
                        }
                    case 4: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 5: {
                            m.provider_meta = $root.tfplugin6.Schema.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 6: {
                            m.server_capabilities = $root.tfplugin6.ServerCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetProviderSchema.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetProviderSchema.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetProviderSchema.Response();
                if (d.provider != null) {
                    if (!$util.isObject(d.provider))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.provider: object expected");
                    m.provider = $root.tfplugin6.Schema.fromObject(d.provider, n + 1);
                }
                if (d.resource_schemas) {
                    if (!$util.isObject(d.resource_schemas))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.resource_schemas: object expected");
                    m.resource_schemas = {};
                    for (var ks = $Object.keys(d.resource_schemas), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.resource_schemas, ks[i]);
                        if (!$util.isObject(d.resource_schemas[ks[i]]))
                            throw TypeError(".tfplugin6.GetProviderSchema.Response.resource_schemas: object expected");
                        m.resource_schemas[ks[i]] = $root.tfplugin6.Schema.fromObject(d.resource_schemas[ks[i]], n + 1);
                    }
                }
                if (d.data_source_schemas) {
                    if (!$util.isObject(d.data_source_schemas))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.data_source_schemas: object expected");
                    m.data_source_schemas = {};
                    for (var ks = $Object.keys(d.data_source_schemas), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.data_source_schemas, ks[i]);
                        if (!$util.isObject(d.data_source_schemas[ks[i]]))
                            throw TypeError(".tfplugin6.GetProviderSchema.Response.data_source_schemas: object expected");
                        m.data_source_schemas[ks[i]] = $root.tfplugin6.Schema.fromObject(d.data_source_schemas[ks[i]], n + 1);
                    }
                }
                if (d.functions) {
                    if (!$util.isObject(d.functions))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.functions: object expected");
                    m.functions = {};
                    for (var ks = $Object.keys(d.functions), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.functions, ks[i]);
                        if (!$util.isObject(d.functions[ks[i]]))
                            throw TypeError(".tfplugin6.GetProviderSchema.Response.functions: object expected");
                        m.functions[ks[i]] = $root.tfplugin6.Function.fromObject(d.functions[ks[i]], n + 1);
                    }
                }
                if (d.ephemeral_resource_schemas) {
                    if (!$util.isObject(d.ephemeral_resource_schemas))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.ephemeral_resource_schemas: object expected");
                    m.ephemeral_resource_schemas = {};
                    for (var ks = $Object.keys(d.ephemeral_resource_schemas), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.ephemeral_resource_schemas, ks[i]);
                        if (!$util.isObject(d.ephemeral_resource_schemas[ks[i]]))
                            throw TypeError(".tfplugin6.GetProviderSchema.Response.ephemeral_resource_schemas: object expected");
                        m.ephemeral_resource_schemas[ks[i]] = $root.tfplugin6.Schema.fromObject(d.ephemeral_resource_schemas[ks[i]], n + 1);
                    }
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.GetProviderSchema.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.provider_meta != null) {
                    if (!$util.isObject(d.provider_meta))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.provider_meta: object expected");
                    m.provider_meta = $root.tfplugin6.Schema.fromObject(d.provider_meta, n + 1);
                }
                if (d.server_capabilities != null) {
                    if (!$util.isObject(d.server_capabilities))
                        throw TypeError(".tfplugin6.GetProviderSchema.Response.server_capabilities: object expected");
                    m.server_capabilities = $root.tfplugin6.ServerCapabilities.fromObject(d.server_capabilities, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.objects || o.defaults) {
                    d.resource_schemas = {};
                    d.data_source_schemas = {};
                    d.functions = {};
                    d.ephemeral_resource_schemas = {};
                }
                if (o.defaults) {
                    d.provider = null;
                    d.provider_meta = null;
                    d.server_capabilities = null;
                }
                if (m.provider != null && $Object.hasOwnProperty.call(m, "provider")) {
                    d.provider = $root.tfplugin6.Schema.toObject(m.provider, o, q + 1);
                }
                var ks2;
                if (m.resource_schemas && (ks2 = $Object.keys(m.resource_schemas)).length) {
                    d.resource_schemas = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.resource_schemas, ks2[j]);
                        d.resource_schemas[ks2[j]] = $root.tfplugin6.Schema.toObject(m.resource_schemas[ks2[j]], o, q + 1);
                    }
                }
                if (m.data_source_schemas && (ks2 = $Object.keys(m.data_source_schemas)).length) {
                    d.data_source_schemas = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.data_source_schemas, ks2[j]);
                        d.data_source_schemas[ks2[j]] = $root.tfplugin6.Schema.toObject(m.data_source_schemas[ks2[j]], o, q + 1);
                    }
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta")) {
                    d.provider_meta = $root.tfplugin6.Schema.toObject(m.provider_meta, o, q + 1);
                }
                if (m.server_capabilities != null && $Object.hasOwnProperty.call(m, "server_capabilities")) {
                    d.server_capabilities = $root.tfplugin6.ServerCapabilities.toObject(m.server_capabilities, o, q + 1);
                }
                if (m.functions && (ks2 = $Object.keys(m.functions)).length) {
                    d.functions = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.functions, ks2[j]);
                        d.functions[ks2[j]] = $root.tfplugin6.Function.toObject(m.functions[ks2[j]], o, q + 1);
                    }
                }
                if (m.ephemeral_resource_schemas && (ks2 = $Object.keys(m.ephemeral_resource_schemas)).length) {
                    d.ephemeral_resource_schemas = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.ephemeral_resource_schemas, ks2[j]);
                        d.ephemeral_resource_schemas[ks2[j]] = $root.tfplugin6.Schema.toObject(m.ephemeral_resource_schemas[ks2[j]], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return GetProviderSchema;
    })();

    tfplugin6.ValidateProviderConfig = (function() {

        function ValidateProviderConfig(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ValidateProviderConfig.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ValidateProviderConfig.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ValidateProviderConfig();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ValidateProviderConfig.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ValidateProviderConfig)
                return d;
            return new $root.tfplugin6.ValidateProviderConfig();
        };

        ValidateProviderConfig.toObject = function toObject() {
            return {};
        };

        ValidateProviderConfig.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ValidateProviderConfig.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.config = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(10).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateProviderConfig.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateProviderConfig.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateProviderConfig.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateProviderConfig.Request();
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ValidateProviderConfig.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.config = null;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ValidateProviderConfig.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateProviderConfig.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateProviderConfig.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateProviderConfig.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateProviderConfig.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ValidateProviderConfig.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ValidateProviderConfig.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ValidateProviderConfig;
    })();

    tfplugin6.UpgradeResourceState = (function() {

        function UpgradeResourceState(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        UpgradeResourceState.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        UpgradeResourceState.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.UpgradeResourceState();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        UpgradeResourceState.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.UpgradeResourceState)
                return d;
            return new $root.tfplugin6.UpgradeResourceState();
        };

        UpgradeResourceState.toObject = function toObject() {
            return {};
        };

        UpgradeResourceState.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        UpgradeResourceState.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Request.prototype.raw_state = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.version != null && $Object.hasOwnProperty.call(m, "version"))
                    w.uint32(16).int64(m.version);
                if (m.raw_state != null && $Object.hasOwnProperty.call(m, "raw_state"))
                    $root.tfplugin6.RawState.encode(m.raw_state, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.UpgradeResourceState.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.version = r.int64();
                            break;
                        }
                    case 3: {
                            m.raw_state = $root.tfplugin6.RawState.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.UpgradeResourceState.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.UpgradeResourceState.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.UpgradeResourceState.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.version != null) {
                    if ($util.Long)
                        m.version = $util.Long.fromValue(d.version, false);
                    else if (typeof d.version === "string")
                        m.version = parseInt(d.version, 10);
                    else if (typeof d.version === "number")
                        m.version = d.version;
                    else if (typeof d.version === "object")
                        m.version = new $util.LongBits(d.version.low >>> 0, d.version.high >>> 0).toNumber();
                }
                if (d.raw_state != null) {
                    if (!$util.isObject(d.raw_state))
                        throw TypeError(".tfplugin6.UpgradeResourceState.Request.raw_state: object expected");
                    m.raw_state = $root.tfplugin6.RawState.fromObject(d.raw_state, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.version = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.version = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.raw_state = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.version != null && $Object.hasOwnProperty.call(m, "version")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.version = typeof m.version === "number" ? BigInt(m.version) : $util.Long.fromBits(m.version.low >>> 0, m.version.high >>> 0, false).toBigInt();
                    else if (typeof m.version === "number")
                        d.version = o.longs === String ? String(m.version) : m.version;
                    else
                        d.version = o.longs === String ? $util.Long.prototype.toString.call(m.version) : o.longs === Number ? new $util.LongBits(m.version.low >>> 0, m.version.high >>> 0).toNumber() : m.version;
                }
                if (m.raw_state != null && $Object.hasOwnProperty.call(m, "raw_state")) {
                    d.raw_state = $root.tfplugin6.RawState.toObject(m.raw_state, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        UpgradeResourceState.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.upgraded_state = null;
            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.upgraded_state != null && $Object.hasOwnProperty.call(m, "upgraded_state"))
                    $root.tfplugin6.DynamicValue.encode(m.upgraded_state, w.uint32(10).fork(), q + 1).ldelim();
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.UpgradeResourceState.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.upgraded_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.UpgradeResourceState.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.UpgradeResourceState.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.UpgradeResourceState.Response();
                if (d.upgraded_state != null) {
                    if (!$util.isObject(d.upgraded_state))
                        throw TypeError(".tfplugin6.UpgradeResourceState.Response.upgraded_state: object expected");
                    m.upgraded_state = $root.tfplugin6.DynamicValue.fromObject(d.upgraded_state, n + 1);
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.UpgradeResourceState.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.UpgradeResourceState.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.upgraded_state = null;
                }
                if (m.upgraded_state != null && $Object.hasOwnProperty.call(m, "upgraded_state")) {
                    d.upgraded_state = $root.tfplugin6.DynamicValue.toObject(m.upgraded_state, o, q + 1);
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return UpgradeResourceState;
    })();

    tfplugin6.ValidateResourceConfig = (function() {

        function ValidateResourceConfig(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ValidateResourceConfig.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ValidateResourceConfig.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ValidateResourceConfig();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ValidateResourceConfig.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ValidateResourceConfig)
                return d;
            return new $root.tfplugin6.ValidateResourceConfig();
        };

        ValidateResourceConfig.toObject = function toObject() {
            return {};
        };

        ValidateResourceConfig.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ValidateResourceConfig.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.config = null;
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(18).fork(), q + 1).ldelim();
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateResourceConfig.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateResourceConfig.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateResourceConfig.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateResourceConfig.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ValidateResourceConfig.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.ValidateResourceConfig.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.config = null;
                    d.client_capabilities = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ValidateResourceConfig.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateResourceConfig.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateResourceConfig.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateResourceConfig.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateResourceConfig.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ValidateResourceConfig.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ValidateResourceConfig.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ValidateResourceConfig;
    })();

    tfplugin6.ValidateDataResourceConfig = (function() {

        function ValidateDataResourceConfig(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ValidateDataResourceConfig.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ValidateDataResourceConfig.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ValidateDataResourceConfig();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ValidateDataResourceConfig.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ValidateDataResourceConfig)
                return d;
            return new $root.tfplugin6.ValidateDataResourceConfig();
        };

        ValidateDataResourceConfig.toObject = function toObject() {
            return {};
        };

        ValidateDataResourceConfig.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ValidateDataResourceConfig.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.config = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(18).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateDataResourceConfig.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateDataResourceConfig.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateDataResourceConfig.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateDataResourceConfig.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ValidateDataResourceConfig.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.config = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ValidateDataResourceConfig.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateDataResourceConfig.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateDataResourceConfig.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateDataResourceConfig.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateDataResourceConfig.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ValidateDataResourceConfig.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ValidateDataResourceConfig.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ValidateDataResourceConfig;
    })();

    tfplugin6.ValidateEphemeralResourceConfig = (function() {

        function ValidateEphemeralResourceConfig(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ValidateEphemeralResourceConfig.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ValidateEphemeralResourceConfig.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ValidateEphemeralResourceConfig();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ValidateEphemeralResourceConfig.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ValidateEphemeralResourceConfig)
                return d;
            return new $root.tfplugin6.ValidateEphemeralResourceConfig();
        };

        ValidateEphemeralResourceConfig.toObject = function toObject() {
            return {};
        };

        ValidateEphemeralResourceConfig.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ValidateEphemeralResourceConfig.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.config = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(18).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateEphemeralResourceConfig.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateEphemeralResourceConfig.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateEphemeralResourceConfig.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateEphemeralResourceConfig.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ValidateEphemeralResourceConfig.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.config = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ValidateEphemeralResourceConfig.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ValidateEphemeralResourceConfig.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ValidateEphemeralResourceConfig.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ValidateEphemeralResourceConfig.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ValidateEphemeralResourceConfig.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ValidateEphemeralResourceConfig.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ValidateEphemeralResourceConfig.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ValidateEphemeralResourceConfig;
    })();

    tfplugin6.ConfigureProvider = (function() {

        function ConfigureProvider(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ConfigureProvider.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ConfigureProvider.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ConfigureProvider();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ConfigureProvider.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ConfigureProvider)
                return d;
            return new $root.tfplugin6.ConfigureProvider();
        };

        ConfigureProvider.toObject = function toObject() {
            return {};
        };

        ConfigureProvider.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ConfigureProvider.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.terraform_version = "";
            Request.prototype.config = null;
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.terraform_version != null && $Object.hasOwnProperty.call(m, "terraform_version"))
                    w.uint32(10).string(m.terraform_version);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(18).fork(), q + 1).ldelim();
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ConfigureProvider.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.terraform_version = r.string();
                            break;
                        }
                    case 2: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ConfigureProvider.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ConfigureProvider.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ConfigureProvider.Request();
                if (d.terraform_version != null) {
                    m.terraform_version = String(d.terraform_version);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ConfigureProvider.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.ConfigureProvider.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.terraform_version = "";
                    d.config = null;
                    d.client_capabilities = null;
                }
                if (m.terraform_version != null && $Object.hasOwnProperty.call(m, "terraform_version")) {
                    d.terraform_version = m.terraform_version;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ConfigureProvider.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ConfigureProvider.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ConfigureProvider.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ConfigureProvider.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ConfigureProvider.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ConfigureProvider.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ConfigureProvider.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ConfigureProvider;
    })();

    tfplugin6.ReadResource = (function() {

        function ReadResource(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ReadResource.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ReadResource.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ReadResource();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ReadResource.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ReadResource)
                return d;
            return new $root.tfplugin6.ReadResource();
        };

        ReadResource.toObject = function toObject() {
            return {};
        };

        ReadResource.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ReadResource.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.current_state = null;
            Request.prototype["private"] = $util.newBuffer([]);
            Request.prototype.provider_meta = null;
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.current_state != null && $Object.hasOwnProperty.call(m, "current_state"))
                    $root.tfplugin6.DynamicValue.encode(m.current_state, w.uint32(18).fork(), q + 1).ldelim();
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(26).bytes(m["private"]);
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(m.provider_meta, w.uint32(34).fork(), q + 1).ldelim();
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(42).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ReadResource.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.current_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m["private"] = r.bytes();
                            break;
                        }
                    case 4: {
                            m.provider_meta = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 5: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ReadResource.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ReadResource.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ReadResource.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.current_state != null) {
                    if (!$util.isObject(d.current_state))
                        throw TypeError(".tfplugin6.ReadResource.Request.current_state: object expected");
                    m.current_state = $root.tfplugin6.DynamicValue.fromObject(d.current_state, n + 1);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                if (d.provider_meta != null) {
                    if (!$util.isObject(d.provider_meta))
                        throw TypeError(".tfplugin6.ReadResource.Request.provider_meta: object expected");
                    m.provider_meta = $root.tfplugin6.DynamicValue.fromObject(d.provider_meta, n + 1);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.ReadResource.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.current_state = null;
                    if (o.bytes === String)
                        d["private"] = "";
                    else {
                        d["private"] = [];
                        if (o.bytes !== Array)
                            d["private"] = $util.newBuffer(d["private"]);
                    }
                    d.provider_meta = null;
                    d.client_capabilities = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.current_state != null && $Object.hasOwnProperty.call(m, "current_state")) {
                    d.current_state = $root.tfplugin6.DynamicValue.toObject(m.current_state, o, q + 1);
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                }
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta")) {
                    d.provider_meta = $root.tfplugin6.DynamicValue.toObject(m.provider_meta, o, q + 1);
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ReadResource.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.new_state = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype["private"] = $util.newBuffer([]);
            Response.prototype.deferred = null;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.new_state != null && $Object.hasOwnProperty.call(m, "new_state"))
                    $root.tfplugin6.DynamicValue.encode(m.new_state, w.uint32(10).fork(), q + 1).ldelim();
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(26).bytes(m["private"]);
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred"))
                    $root.tfplugin6.Deferred.encode(m.deferred, w.uint32(34).fork(), q + 1).ldelim();
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ReadResource.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.new_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m["private"] = r.bytes();
                            break;
                        }
                    case 4: {
                            m.deferred = $root.tfplugin6.Deferred.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ReadResource.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ReadResource.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ReadResource.Response();
                if (d.new_state != null) {
                    if (!$util.isObject(d.new_state))
                        throw TypeError(".tfplugin6.ReadResource.Response.new_state: object expected");
                    m.new_state = $root.tfplugin6.DynamicValue.fromObject(d.new_state, n + 1);
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ReadResource.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ReadResource.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                if (d.deferred != null) {
                    if (!$util.isObject(d.deferred))
                        throw TypeError(".tfplugin6.ReadResource.Response.deferred: object expected");
                    m.deferred = $root.tfplugin6.Deferred.fromObject(d.deferred, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.new_state = null;
                    if (o.bytes === String)
                        d["private"] = "";
                    else {
                        d["private"] = [];
                        if (o.bytes !== Array)
                            d["private"] = $util.newBuffer(d["private"]);
                    }
                    d.deferred = null;
                }
                if (m.new_state != null && $Object.hasOwnProperty.call(m, "new_state")) {
                    d.new_state = $root.tfplugin6.DynamicValue.toObject(m.new_state, o, q + 1);
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred")) {
                    d.deferred = $root.tfplugin6.Deferred.toObject(m.deferred, o, q + 1);
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ReadResource;
    })();

    tfplugin6.PlanResourceChange = (function() {

        function PlanResourceChange(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        PlanResourceChange.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        PlanResourceChange.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.PlanResourceChange();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        PlanResourceChange.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.PlanResourceChange)
                return d;
            return new $root.tfplugin6.PlanResourceChange();
        };

        PlanResourceChange.toObject = function toObject() {
            return {};
        };

        PlanResourceChange.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        PlanResourceChange.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.prior_state = null;
            Request.prototype.proposed_new_state = null;
            Request.prototype.config = null;
            Request.prototype.prior_private = $util.newBuffer([]);
            Request.prototype.provider_meta = null;
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.prior_state != null && $Object.hasOwnProperty.call(m, "prior_state"))
                    $root.tfplugin6.DynamicValue.encode(m.prior_state, w.uint32(18).fork(), q + 1).ldelim();
                if (m.proposed_new_state != null && $Object.hasOwnProperty.call(m, "proposed_new_state"))
                    $root.tfplugin6.DynamicValue.encode(m.proposed_new_state, w.uint32(26).fork(), q + 1).ldelim();
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(34).fork(), q + 1).ldelim();
                if (m.prior_private != null && $Object.hasOwnProperty.call(m, "prior_private"))
                    w.uint32(42).bytes(m.prior_private);
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(m.provider_meta, w.uint32(50).fork(), q + 1).ldelim();
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(58).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.PlanResourceChange.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.prior_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.proposed_new_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 5: {
                            m.prior_private = r.bytes();
                            break;
                        }
                    case 6: {
                            m.provider_meta = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 7: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.PlanResourceChange.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.PlanResourceChange.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.PlanResourceChange.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.prior_state != null) {
                    if (!$util.isObject(d.prior_state))
                        throw TypeError(".tfplugin6.PlanResourceChange.Request.prior_state: object expected");
                    m.prior_state = $root.tfplugin6.DynamicValue.fromObject(d.prior_state, n + 1);
                }
                if (d.proposed_new_state != null) {
                    if (!$util.isObject(d.proposed_new_state))
                        throw TypeError(".tfplugin6.PlanResourceChange.Request.proposed_new_state: object expected");
                    m.proposed_new_state = $root.tfplugin6.DynamicValue.fromObject(d.proposed_new_state, n + 1);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.PlanResourceChange.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                if (d.prior_private != null) {
                    if (typeof d.prior_private === "string")
                        $util.base64.decode(d.prior_private, m.prior_private = $util.newBuffer($util.base64.length(d.prior_private)), 0);
                    else if (d.prior_private.length >= 0)
                        m.prior_private = d.prior_private;
                }
                if (d.provider_meta != null) {
                    if (!$util.isObject(d.provider_meta))
                        throw TypeError(".tfplugin6.PlanResourceChange.Request.provider_meta: object expected");
                    m.provider_meta = $root.tfplugin6.DynamicValue.fromObject(d.provider_meta, n + 1);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.PlanResourceChange.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.prior_state = null;
                    d.proposed_new_state = null;
                    d.config = null;
                    if (o.bytes === String)
                        d.prior_private = "";
                    else {
                        d.prior_private = [];
                        if (o.bytes !== Array)
                            d.prior_private = $util.newBuffer(d.prior_private);
                    }
                    d.provider_meta = null;
                    d.client_capabilities = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.prior_state != null && $Object.hasOwnProperty.call(m, "prior_state")) {
                    d.prior_state = $root.tfplugin6.DynamicValue.toObject(m.prior_state, o, q + 1);
                }
                if (m.proposed_new_state != null && $Object.hasOwnProperty.call(m, "proposed_new_state")) {
                    d.proposed_new_state = $root.tfplugin6.DynamicValue.toObject(m.proposed_new_state, o, q + 1);
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                if (m.prior_private != null && $Object.hasOwnProperty.call(m, "prior_private")) {
                    d.prior_private = o.bytes === String ? $util.base64.encode(m.prior_private, 0, m.prior_private.length) : o.bytes === Array ? Array.prototype.slice.call(m.prior_private) : m.prior_private;
                }
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta")) {
                    d.provider_meta = $root.tfplugin6.DynamicValue.toObject(m.provider_meta, o, q + 1);
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        PlanResourceChange.Response = (function() {

            function Response(p) {
                this.requires_replace = [];
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.planned_state = null;
            Response.prototype.requires_replace = $util.emptyArray;
            Response.prototype.planned_private = $util.newBuffer([]);
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.legacy_type_system = false;
            Response.prototype.deferred = null;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.planned_state != null && $Object.hasOwnProperty.call(m, "planned_state"))
                    $root.tfplugin6.DynamicValue.encode(m.planned_state, w.uint32(10).fork(), q + 1).ldelim();
                if (m.requires_replace != null && m.requires_replace.length) {
                    for (var i = 0; i < m.requires_replace.length; ++i)
                        $root.tfplugin6.AttributePath.encode(m.requires_replace[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.planned_private != null && $Object.hasOwnProperty.call(m, "planned_private"))
                    w.uint32(26).bytes(m.planned_private);
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(34).fork(), q + 1).ldelim();
                }
                if (m.legacy_type_system != null && $Object.hasOwnProperty.call(m, "legacy_type_system"))
                    w.uint32(40).bool(m.legacy_type_system);
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred"))
                    $root.tfplugin6.Deferred.encode(m.deferred, w.uint32(50).fork(), q + 1).ldelim();
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.PlanResourceChange.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.planned_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (!(m.requires_replace && m.requires_replace.length))
                                m.requires_replace = [];
                            m.requires_replace.push($root.tfplugin6.AttributePath.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m.planned_private = r.bytes();
                            break;
                        }
                    case 4: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 5: {
                            m.legacy_type_system = r.bool();
                            break;
                        }
                    case 6: {
                            m.deferred = $root.tfplugin6.Deferred.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.PlanResourceChange.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.PlanResourceChange.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.PlanResourceChange.Response();
                if (d.planned_state != null) {
                    if (!$util.isObject(d.planned_state))
                        throw TypeError(".tfplugin6.PlanResourceChange.Response.planned_state: object expected");
                    m.planned_state = $root.tfplugin6.DynamicValue.fromObject(d.planned_state, n + 1);
                }
                if (d.requires_replace) {
                    if (!Array.isArray(d.requires_replace))
                        throw TypeError(".tfplugin6.PlanResourceChange.Response.requires_replace: array expected");
                    m.requires_replace = [];
                    for (var i = 0; i < d.requires_replace.length; ++i) {
                        if (!$util.isObject(d.requires_replace[i]))
                            throw TypeError(".tfplugin6.PlanResourceChange.Response.requires_replace: object expected");
                        m.requires_replace[i] = $root.tfplugin6.AttributePath.fromObject(d.requires_replace[i], n + 1);
                    }
                }
                if (d.planned_private != null) {
                    if (typeof d.planned_private === "string")
                        $util.base64.decode(d.planned_private, m.planned_private = $util.newBuffer($util.base64.length(d.planned_private)), 0);
                    else if (d.planned_private.length >= 0)
                        m.planned_private = d.planned_private;
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.PlanResourceChange.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.PlanResourceChange.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.legacy_type_system != null) {
                    m.legacy_type_system = Boolean(d.legacy_type_system);
                }
                if (d.deferred != null) {
                    if (!$util.isObject(d.deferred))
                        throw TypeError(".tfplugin6.PlanResourceChange.Response.deferred: object expected");
                    m.deferred = $root.tfplugin6.Deferred.fromObject(d.deferred, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.requires_replace = [];
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.planned_state = null;
                    if (o.bytes === String)
                        d.planned_private = "";
                    else {
                        d.planned_private = [];
                        if (o.bytes !== Array)
                            d.planned_private = $util.newBuffer(d.planned_private);
                    }
                    d.legacy_type_system = false;
                    d.deferred = null;
                }
                if (m.planned_state != null && $Object.hasOwnProperty.call(m, "planned_state")) {
                    d.planned_state = $root.tfplugin6.DynamicValue.toObject(m.planned_state, o, q + 1);
                }
                if (m.requires_replace && m.requires_replace.length) {
                    d.requires_replace = [];
                    for (var j = 0; j < m.requires_replace.length; ++j) {
                        d.requires_replace[j] = $root.tfplugin6.AttributePath.toObject(m.requires_replace[j], o, q + 1);
                    }
                }
                if (m.planned_private != null && $Object.hasOwnProperty.call(m, "planned_private")) {
                    d.planned_private = o.bytes === String ? $util.base64.encode(m.planned_private, 0, m.planned_private.length) : o.bytes === Array ? Array.prototype.slice.call(m.planned_private) : m.planned_private;
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.legacy_type_system != null && $Object.hasOwnProperty.call(m, "legacy_type_system")) {
                    d.legacy_type_system = m.legacy_type_system;
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred")) {
                    d.deferred = $root.tfplugin6.Deferred.toObject(m.deferred, o, q + 1);
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return PlanResourceChange;
    })();

    tfplugin6.ApplyResourceChange = (function() {

        function ApplyResourceChange(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ApplyResourceChange.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ApplyResourceChange.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ApplyResourceChange();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ApplyResourceChange.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ApplyResourceChange)
                return d;
            return new $root.tfplugin6.ApplyResourceChange();
        };

        ApplyResourceChange.toObject = function toObject() {
            return {};
        };

        ApplyResourceChange.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ApplyResourceChange.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.prior_state = null;
            Request.prototype.planned_state = null;
            Request.prototype.config = null;
            Request.prototype.planned_private = $util.newBuffer([]);
            Request.prototype.provider_meta = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.prior_state != null && $Object.hasOwnProperty.call(m, "prior_state"))
                    $root.tfplugin6.DynamicValue.encode(m.prior_state, w.uint32(18).fork(), q + 1).ldelim();
                if (m.planned_state != null && $Object.hasOwnProperty.call(m, "planned_state"))
                    $root.tfplugin6.DynamicValue.encode(m.planned_state, w.uint32(26).fork(), q + 1).ldelim();
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(34).fork(), q + 1).ldelim();
                if (m.planned_private != null && $Object.hasOwnProperty.call(m, "planned_private"))
                    w.uint32(42).bytes(m.planned_private);
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(m.provider_meta, w.uint32(50).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ApplyResourceChange.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.prior_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.planned_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 5: {
                            m.planned_private = r.bytes();
                            break;
                        }
                    case 6: {
                            m.provider_meta = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ApplyResourceChange.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ApplyResourceChange.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ApplyResourceChange.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.prior_state != null) {
                    if (!$util.isObject(d.prior_state))
                        throw TypeError(".tfplugin6.ApplyResourceChange.Request.prior_state: object expected");
                    m.prior_state = $root.tfplugin6.DynamicValue.fromObject(d.prior_state, n + 1);
                }
                if (d.planned_state != null) {
                    if (!$util.isObject(d.planned_state))
                        throw TypeError(".tfplugin6.ApplyResourceChange.Request.planned_state: object expected");
                    m.planned_state = $root.tfplugin6.DynamicValue.fromObject(d.planned_state, n + 1);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ApplyResourceChange.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                if (d.planned_private != null) {
                    if (typeof d.planned_private === "string")
                        $util.base64.decode(d.planned_private, m.planned_private = $util.newBuffer($util.base64.length(d.planned_private)), 0);
                    else if (d.planned_private.length >= 0)
                        m.planned_private = d.planned_private;
                }
                if (d.provider_meta != null) {
                    if (!$util.isObject(d.provider_meta))
                        throw TypeError(".tfplugin6.ApplyResourceChange.Request.provider_meta: object expected");
                    m.provider_meta = $root.tfplugin6.DynamicValue.fromObject(d.provider_meta, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.prior_state = null;
                    d.planned_state = null;
                    d.config = null;
                    if (o.bytes === String)
                        d.planned_private = "";
                    else {
                        d.planned_private = [];
                        if (o.bytes !== Array)
                            d.planned_private = $util.newBuffer(d.planned_private);
                    }
                    d.provider_meta = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.prior_state != null && $Object.hasOwnProperty.call(m, "prior_state")) {
                    d.prior_state = $root.tfplugin6.DynamicValue.toObject(m.prior_state, o, q + 1);
                }
                if (m.planned_state != null && $Object.hasOwnProperty.call(m, "planned_state")) {
                    d.planned_state = $root.tfplugin6.DynamicValue.toObject(m.planned_state, o, q + 1);
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                if (m.planned_private != null && $Object.hasOwnProperty.call(m, "planned_private")) {
                    d.planned_private = o.bytes === String ? $util.base64.encode(m.planned_private, 0, m.planned_private.length) : o.bytes === Array ? Array.prototype.slice.call(m.planned_private) : m.planned_private;
                }
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta")) {
                    d.provider_meta = $root.tfplugin6.DynamicValue.toObject(m.provider_meta, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ApplyResourceChange.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.new_state = null;
            Response.prototype["private"] = $util.newBuffer([]);
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.legacy_type_system = false;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.new_state != null && $Object.hasOwnProperty.call(m, "new_state"))
                    $root.tfplugin6.DynamicValue.encode(m.new_state, w.uint32(10).fork(), q + 1).ldelim();
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(18).bytes(m["private"]);
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(26).fork(), q + 1).ldelim();
                }
                if (m.legacy_type_system != null && $Object.hasOwnProperty.call(m, "legacy_type_system"))
                    w.uint32(32).bool(m.legacy_type_system);
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ApplyResourceChange.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.new_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            m["private"] = r.bytes();
                            break;
                        }
                    case 3: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 4: {
                            m.legacy_type_system = r.bool();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ApplyResourceChange.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ApplyResourceChange.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ApplyResourceChange.Response();
                if (d.new_state != null) {
                    if (!$util.isObject(d.new_state))
                        throw TypeError(".tfplugin6.ApplyResourceChange.Response.new_state: object expected");
                    m.new_state = $root.tfplugin6.DynamicValue.fromObject(d.new_state, n + 1);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ApplyResourceChange.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ApplyResourceChange.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.legacy_type_system != null) {
                    m.legacy_type_system = Boolean(d.legacy_type_system);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.new_state = null;
                    if (o.bytes === String)
                        d["private"] = "";
                    else {
                        d["private"] = [];
                        if (o.bytes !== Array)
                            d["private"] = $util.newBuffer(d["private"]);
                    }
                    d.legacy_type_system = false;
                }
                if (m.new_state != null && $Object.hasOwnProperty.call(m, "new_state")) {
                    d.new_state = $root.tfplugin6.DynamicValue.toObject(m.new_state, o, q + 1);
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.legacy_type_system != null && $Object.hasOwnProperty.call(m, "legacy_type_system")) {
                    d.legacy_type_system = m.legacy_type_system;
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ApplyResourceChange;
    })();

    tfplugin6.ImportResourceState = (function() {

        function ImportResourceState(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ImportResourceState.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ImportResourceState.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ImportResourceState();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ImportResourceState.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ImportResourceState)
                return d;
            return new $root.tfplugin6.ImportResourceState();
        };

        ImportResourceState.toObject = function toObject() {
            return {};
        };

        ImportResourceState.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ImportResourceState.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.id = "";
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.id != null && $Object.hasOwnProperty.call(m, "id"))
                    w.uint32(18).string(m.id);
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ImportResourceState.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.id = r.string();
                            break;
                        }
                    case 3: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ImportResourceState.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ImportResourceState.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ImportResourceState.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.id != null) {
                    m.id = String(d.id);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.ImportResourceState.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.id = "";
                    d.client_capabilities = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.id != null && $Object.hasOwnProperty.call(m, "id")) {
                    d.id = m.id;
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ImportResourceState.ImportedResource = (function() {

            function ImportedResource(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            ImportedResource.prototype.type_name = "";
            ImportedResource.prototype.state = null;
            ImportedResource.prototype["private"] = $util.newBuffer([]);

            ImportedResource.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.tfplugin6.DynamicValue.encode(m.state, w.uint32(18).fork(), q + 1).ldelim();
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(26).bytes(m["private"]);
                return w;
            };

            ImportedResource.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ImportResourceState.ImportedResource();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m["private"] = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            ImportedResource.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ImportResourceState.ImportedResource)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ImportResourceState.ImportedResource: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ImportResourceState.ImportedResource();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.state != null) {
                    if (!$util.isObject(d.state))
                        throw TypeError(".tfplugin6.ImportResourceState.ImportedResource.state: object expected");
                    m.state = $root.tfplugin6.DynamicValue.fromObject(d.state, n + 1);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                return m;
            };

            ImportedResource.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.state = null;
                    if (o.bytes === String)
                        d["private"] = "";
                    else {
                        d["private"] = [];
                        if (o.bytes !== Array)
                            d["private"] = $util.newBuffer(d["private"]);
                    }
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = $root.tfplugin6.DynamicValue.toObject(m.state, o, q + 1);
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                }
                return d;
            };

            ImportedResource.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return ImportedResource;
        })();

        ImportResourceState.Response = (function() {

            function Response(p) {
                this.imported_resources = [];
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.imported_resources = $util.emptyArray;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.deferred = null;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.imported_resources != null && m.imported_resources.length) {
                    for (var i = 0; i < m.imported_resources.length; ++i)
                        $root.tfplugin6.ImportResourceState.ImportedResource.encode(m.imported_resources[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred"))
                    $root.tfplugin6.Deferred.encode(m.deferred, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ImportResourceState.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.imported_resources && m.imported_resources.length))
                                m.imported_resources = [];
                            m.imported_resources.push($root.tfplugin6.ImportResourceState.ImportedResource.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m.deferred = $root.tfplugin6.Deferred.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ImportResourceState.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ImportResourceState.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ImportResourceState.Response();
                if (d.imported_resources) {
                    if (!Array.isArray(d.imported_resources))
                        throw TypeError(".tfplugin6.ImportResourceState.Response.imported_resources: array expected");
                    m.imported_resources = [];
                    for (var i = 0; i < d.imported_resources.length; ++i) {
                        if (!$util.isObject(d.imported_resources[i]))
                            throw TypeError(".tfplugin6.ImportResourceState.Response.imported_resources: object expected");
                        m.imported_resources[i] = $root.tfplugin6.ImportResourceState.ImportedResource.fromObject(d.imported_resources[i], n + 1);
                    }
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ImportResourceState.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ImportResourceState.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.deferred != null) {
                    if (!$util.isObject(d.deferred))
                        throw TypeError(".tfplugin6.ImportResourceState.Response.deferred: object expected");
                    m.deferred = $root.tfplugin6.Deferred.fromObject(d.deferred, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.imported_resources = [];
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.deferred = null;
                }
                if (m.imported_resources && m.imported_resources.length) {
                    d.imported_resources = [];
                    for (var j = 0; j < m.imported_resources.length; ++j) {
                        d.imported_resources[j] = $root.tfplugin6.ImportResourceState.ImportedResource.toObject(m.imported_resources[j], o, q + 1);
                    }
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred")) {
                    d.deferred = $root.tfplugin6.Deferred.toObject(m.deferred, o, q + 1);
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ImportResourceState;
    })();

    tfplugin6.MoveResourceState = (function() {

        function MoveResourceState(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        MoveResourceState.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        MoveResourceState.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.MoveResourceState();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        MoveResourceState.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.MoveResourceState)
                return d;
            return new $root.tfplugin6.MoveResourceState();
        };

        MoveResourceState.toObject = function toObject() {
            return {};
        };

        MoveResourceState.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        MoveResourceState.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.source_provider_address = "";
            Request.prototype.source_type_name = "";
            Request.prototype.source_schema_version = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Request.prototype.source_state = null;
            Request.prototype.target_type_name = "";
            Request.prototype.source_private = $util.newBuffer([]);

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.source_provider_address != null && $Object.hasOwnProperty.call(m, "source_provider_address"))
                    w.uint32(10).string(m.source_provider_address);
                if (m.source_type_name != null && $Object.hasOwnProperty.call(m, "source_type_name"))
                    w.uint32(18).string(m.source_type_name);
                if (m.source_schema_version != null && $Object.hasOwnProperty.call(m, "source_schema_version"))
                    w.uint32(24).int64(m.source_schema_version);
                if (m.source_state != null && $Object.hasOwnProperty.call(m, "source_state"))
                    $root.tfplugin6.RawState.encode(m.source_state, w.uint32(34).fork(), q + 1).ldelim();
                if (m.target_type_name != null && $Object.hasOwnProperty.call(m, "target_type_name"))
                    w.uint32(42).string(m.target_type_name);
                if (m.source_private != null && $Object.hasOwnProperty.call(m, "source_private"))
                    w.uint32(50).bytes(m.source_private);
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.MoveResourceState.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.source_provider_address = r.string();
                            break;
                        }
                    case 2: {
                            m.source_type_name = r.string();
                            break;
                        }
                    case 3: {
                            m.source_schema_version = r.int64();
                            break;
                        }
                    case 4: {
                            m.source_state = $root.tfplugin6.RawState.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 5: {
                            m.target_type_name = r.string();
                            break;
                        }
                    case 6: {
                            m.source_private = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.MoveResourceState.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.MoveResourceState.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.MoveResourceState.Request();
                if (d.source_provider_address != null) {
                    m.source_provider_address = String(d.source_provider_address);
                }
                if (d.source_type_name != null) {
                    m.source_type_name = String(d.source_type_name);
                }
                if (d.source_schema_version != null) {
                    if ($util.Long)
                        m.source_schema_version = $util.Long.fromValue(d.source_schema_version, false);
                    else if (typeof d.source_schema_version === "string")
                        m.source_schema_version = parseInt(d.source_schema_version, 10);
                    else if (typeof d.source_schema_version === "number")
                        m.source_schema_version = d.source_schema_version;
                    else if (typeof d.source_schema_version === "object")
                        m.source_schema_version = new $util.LongBits(d.source_schema_version.low >>> 0, d.source_schema_version.high >>> 0).toNumber();
                }
                if (d.source_state != null) {
                    if (!$util.isObject(d.source_state))
                        throw TypeError(".tfplugin6.MoveResourceState.Request.source_state: object expected");
                    m.source_state = $root.tfplugin6.RawState.fromObject(d.source_state, n + 1);
                }
                if (d.target_type_name != null) {
                    m.target_type_name = String(d.target_type_name);
                }
                if (d.source_private != null) {
                    if (typeof d.source_private === "string")
                        $util.base64.decode(d.source_private, m.source_private = $util.newBuffer($util.base64.length(d.source_private)), 0);
                    else if (d.source_private.length >= 0)
                        m.source_private = d.source_private;
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.source_provider_address = "";
                    d.source_type_name = "";
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.source_schema_version = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.source_schema_version = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.source_state = null;
                    d.target_type_name = "";
                    if (o.bytes === String)
                        d.source_private = "";
                    else {
                        d.source_private = [];
                        if (o.bytes !== Array)
                            d.source_private = $util.newBuffer(d.source_private);
                    }
                }
                if (m.source_provider_address != null && $Object.hasOwnProperty.call(m, "source_provider_address")) {
                    d.source_provider_address = m.source_provider_address;
                }
                if (m.source_type_name != null && $Object.hasOwnProperty.call(m, "source_type_name")) {
                    d.source_type_name = m.source_type_name;
                }
                if (m.source_schema_version != null && $Object.hasOwnProperty.call(m, "source_schema_version")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.source_schema_version = typeof m.source_schema_version === "number" ? BigInt(m.source_schema_version) : $util.Long.fromBits(m.source_schema_version.low >>> 0, m.source_schema_version.high >>> 0, false).toBigInt();
                    else if (typeof m.source_schema_version === "number")
                        d.source_schema_version = o.longs === String ? String(m.source_schema_version) : m.source_schema_version;
                    else
                        d.source_schema_version = o.longs === String ? $util.Long.prototype.toString.call(m.source_schema_version) : o.longs === Number ? new $util.LongBits(m.source_schema_version.low >>> 0, m.source_schema_version.high >>> 0).toNumber() : m.source_schema_version;
                }
                if (m.source_state != null && $Object.hasOwnProperty.call(m, "source_state")) {
                    d.source_state = $root.tfplugin6.RawState.toObject(m.source_state, o, q + 1);
                }
                if (m.target_type_name != null && $Object.hasOwnProperty.call(m, "target_type_name")) {
                    d.target_type_name = m.target_type_name;
                }
                if (m.source_private != null && $Object.hasOwnProperty.call(m, "source_private")) {
                    d.source_private = o.bytes === String ? $util.base64.encode(m.source_private, 0, m.source_private.length) : o.bytes === Array ? Array.prototype.slice.call(m.source_private) : m.source_private;
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        MoveResourceState.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.target_state = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.target_private = $util.newBuffer([]);

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.target_state != null && $Object.hasOwnProperty.call(m, "target_state"))
                    $root.tfplugin6.DynamicValue.encode(m.target_state, w.uint32(10).fork(), q + 1).ldelim();
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.target_private != null && $Object.hasOwnProperty.call(m, "target_private"))
                    w.uint32(26).bytes(m.target_private);
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.MoveResourceState.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.target_state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m.target_private = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.MoveResourceState.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.MoveResourceState.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.MoveResourceState.Response();
                if (d.target_state != null) {
                    if (!$util.isObject(d.target_state))
                        throw TypeError(".tfplugin6.MoveResourceState.Response.target_state: object expected");
                    m.target_state = $root.tfplugin6.DynamicValue.fromObject(d.target_state, n + 1);
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.MoveResourceState.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.MoveResourceState.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.target_private != null) {
                    if (typeof d.target_private === "string")
                        $util.base64.decode(d.target_private, m.target_private = $util.newBuffer($util.base64.length(d.target_private)), 0);
                    else if (d.target_private.length >= 0)
                        m.target_private = d.target_private;
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.target_state = null;
                    if (o.bytes === String)
                        d.target_private = "";
                    else {
                        d.target_private = [];
                        if (o.bytes !== Array)
                            d.target_private = $util.newBuffer(d.target_private);
                    }
                }
                if (m.target_state != null && $Object.hasOwnProperty.call(m, "target_state")) {
                    d.target_state = $root.tfplugin6.DynamicValue.toObject(m.target_state, o, q + 1);
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.target_private != null && $Object.hasOwnProperty.call(m, "target_private")) {
                    d.target_private = o.bytes === String ? $util.base64.encode(m.target_private, 0, m.target_private.length) : o.bytes === Array ? Array.prototype.slice.call(m.target_private) : m.target_private;
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return MoveResourceState;
    })();

    tfplugin6.ReadDataSource = (function() {

        function ReadDataSource(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        ReadDataSource.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        ReadDataSource.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.ReadDataSource();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        ReadDataSource.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.ReadDataSource)
                return d;
            return new $root.tfplugin6.ReadDataSource();
        };

        ReadDataSource.toObject = function toObject() {
            return {};
        };

        ReadDataSource.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        ReadDataSource.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.config = null;
            Request.prototype.provider_meta = null;
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(18).fork(), q + 1).ldelim();
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta"))
                    $root.tfplugin6.DynamicValue.encode(m.provider_meta, w.uint32(26).fork(), q + 1).ldelim();
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(34).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ReadDataSource.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.provider_meta = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ReadDataSource.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ReadDataSource.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ReadDataSource.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.ReadDataSource.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                if (d.provider_meta != null) {
                    if (!$util.isObject(d.provider_meta))
                        throw TypeError(".tfplugin6.ReadDataSource.Request.provider_meta: object expected");
                    m.provider_meta = $root.tfplugin6.DynamicValue.fromObject(d.provider_meta, n + 1);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.ReadDataSource.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.config = null;
                    d.provider_meta = null;
                    d.client_capabilities = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                if (m.provider_meta != null && $Object.hasOwnProperty.call(m, "provider_meta")) {
                    d.provider_meta = $root.tfplugin6.DynamicValue.toObject(m.provider_meta, o, q + 1);
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        ReadDataSource.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.state = null;
            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.deferred = null;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.state != null && $Object.hasOwnProperty.call(m, "state"))
                    $root.tfplugin6.DynamicValue.encode(m.state, w.uint32(10).fork(), q + 1).ldelim();
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred"))
                    $root.tfplugin6.Deferred.encode(m.deferred, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.ReadDataSource.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.state = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 3: {
                            m.deferred = $root.tfplugin6.Deferred.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.ReadDataSource.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.ReadDataSource.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.ReadDataSource.Response();
                if (d.state != null) {
                    if (!$util.isObject(d.state))
                        throw TypeError(".tfplugin6.ReadDataSource.Response.state: object expected");
                    m.state = $root.tfplugin6.DynamicValue.fromObject(d.state, n + 1);
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.ReadDataSource.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.ReadDataSource.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.deferred != null) {
                    if (!$util.isObject(d.deferred))
                        throw TypeError(".tfplugin6.ReadDataSource.Response.deferred: object expected");
                    m.deferred = $root.tfplugin6.Deferred.fromObject(d.deferred, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.state = null;
                    d.deferred = null;
                }
                if (m.state != null && $Object.hasOwnProperty.call(m, "state")) {
                    d.state = $root.tfplugin6.DynamicValue.toObject(m.state, o, q + 1);
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred")) {
                    d.deferred = $root.tfplugin6.Deferred.toObject(m.deferred, o, q + 1);
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return ReadDataSource;
    })();

    tfplugin6.OpenEphemeralResource = (function() {

        function OpenEphemeralResource(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        OpenEphemeralResource.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        OpenEphemeralResource.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.OpenEphemeralResource();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        OpenEphemeralResource.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.OpenEphemeralResource)
                return d;
            return new $root.tfplugin6.OpenEphemeralResource();
        };

        OpenEphemeralResource.toObject = function toObject() {
            return {};
        };

        OpenEphemeralResource.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        OpenEphemeralResource.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype.config = null;
            Request.prototype.client_capabilities = null;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m.config != null && $Object.hasOwnProperty.call(m, "config"))
                    $root.tfplugin6.DynamicValue.encode(m.config, w.uint32(18).fork(), q + 1).ldelim();
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities"))
                    $root.tfplugin6.ClientCapabilities.encode(m.client_capabilities, w.uint32(26).fork(), q + 1).ldelim();
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.OpenEphemeralResource.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m.config = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.client_capabilities = $root.tfplugin6.ClientCapabilities.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.OpenEphemeralResource.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.OpenEphemeralResource.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.OpenEphemeralResource.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d.config != null) {
                    if (!$util.isObject(d.config))
                        throw TypeError(".tfplugin6.OpenEphemeralResource.Request.config: object expected");
                    m.config = $root.tfplugin6.DynamicValue.fromObject(d.config, n + 1);
                }
                if (d.client_capabilities != null) {
                    if (!$util.isObject(d.client_capabilities))
                        throw TypeError(".tfplugin6.OpenEphemeralResource.Request.client_capabilities: object expected");
                    m.client_capabilities = $root.tfplugin6.ClientCapabilities.fromObject(d.client_capabilities, n + 1);
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                    d.config = null;
                    d.client_capabilities = null;
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m.config != null && $Object.hasOwnProperty.call(m, "config")) {
                    d.config = $root.tfplugin6.DynamicValue.toObject(m.config, o, q + 1);
                }
                if (m.client_capabilities != null && $Object.hasOwnProperty.call(m, "client_capabilities")) {
                    d.client_capabilities = $root.tfplugin6.ClientCapabilities.toObject(m.client_capabilities, o, q + 1);
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        OpenEphemeralResource.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.renew_at = null;
            Response.prototype.result = null;
            Response.prototype["private"] = null;
            Response.prototype.deferred = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Response.prototype, "_renew_at", {
                get: $util.oneOfGetter($oneOfFields = ["renew_at"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Response.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.renew_at != null && $Object.hasOwnProperty.call(m, "renew_at"))
                    $root.google.protobuf.Timestamp.encode(m.renew_at, w.uint32(18).fork(), q + 1).ldelim();
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.tfplugin6.DynamicValue.encode(m.result, w.uint32(26).fork(), q + 1).ldelim();
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(34).bytes(m["private"]);
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred"))
                    $root.tfplugin6.Deferred.encode(m.deferred, w.uint32(42).fork(), q + 1).ldelim();
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.OpenEphemeralResource.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 2: {
                            m.renew_at = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m.result = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 4: {
                            m["private"] = r.bytes();
                            break;
                        }
                    case 5: {
                            m.deferred = $root.tfplugin6.Deferred.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.OpenEphemeralResource.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.OpenEphemeralResource.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.OpenEphemeralResource.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.OpenEphemeralResource.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.OpenEphemeralResource.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.renew_at != null) {
                    if (!$util.isObject(d.renew_at))
                        throw TypeError(".tfplugin6.OpenEphemeralResource.Response.renew_at: object expected");
                    m.renew_at = $root.google.protobuf.Timestamp.fromObject(d.renew_at, n + 1);
                }
                if (d.result != null) {
                    if (!$util.isObject(d.result))
                        throw TypeError(".tfplugin6.OpenEphemeralResource.Response.result: object expected");
                    m.result = $root.tfplugin6.DynamicValue.fromObject(d.result, n + 1);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                if (d.deferred != null) {
                    if (!$util.isObject(d.deferred))
                        throw TypeError(".tfplugin6.OpenEphemeralResource.Response.deferred: object expected");
                    m.deferred = $root.tfplugin6.Deferred.fromObject(d.deferred, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.defaults) {
                    d.result = null;
                    d.deferred = null;
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.renew_at != null && $Object.hasOwnProperty.call(m, "renew_at")) {
                    d.renew_at = $root.google.protobuf.Timestamp.toObject(m.renew_at, o, q + 1);
                    if (o.oneofs)
                        d._renew_at = "renew_at";
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = $root.tfplugin6.DynamicValue.toObject(m.result, o, q + 1);
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                    if (o.oneofs)
                        d._private = "private";
                }
                if (m.deferred != null && $Object.hasOwnProperty.call(m, "deferred")) {
                    d.deferred = $root.tfplugin6.Deferred.toObject(m.deferred, o, q + 1);
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return OpenEphemeralResource;
    })();

    tfplugin6.RenewEphemeralResource = (function() {

        function RenewEphemeralResource(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        RenewEphemeralResource.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        RenewEphemeralResource.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.RenewEphemeralResource();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        RenewEphemeralResource.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.RenewEphemeralResource)
                return d;
            return new $root.tfplugin6.RenewEphemeralResource();
        };

        RenewEphemeralResource.toObject = function toObject() {
            return {};
        };

        RenewEphemeralResource.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        RenewEphemeralResource.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Request.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(18).bytes(m["private"]);
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.RenewEphemeralResource.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m["private"] = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.RenewEphemeralResource.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.RenewEphemeralResource.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.RenewEphemeralResource.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                    if (o.oneofs)
                        d._private = "private";
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        RenewEphemeralResource.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;
            Response.prototype.renew_at = null;
            Response.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Response.prototype, "_renew_at", {
                get: $util.oneOfGetter($oneOfFields = ["renew_at"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Response.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                if (m.renew_at != null && $Object.hasOwnProperty.call(m, "renew_at"))
                    $root.google.protobuf.Timestamp.encode(m.renew_at, w.uint32(18).fork(), q + 1).ldelim();
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(26).bytes(m["private"]);
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.RenewEphemeralResource.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    case 2: {
                            m.renew_at = $root.google.protobuf.Timestamp.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 3: {
                            m["private"] = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.RenewEphemeralResource.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.RenewEphemeralResource.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.RenewEphemeralResource.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.RenewEphemeralResource.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.RenewEphemeralResource.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                if (d.renew_at != null) {
                    if (!$util.isObject(d.renew_at))
                        throw TypeError(".tfplugin6.RenewEphemeralResource.Response.renew_at: object expected");
                    m.renew_at = $root.google.protobuf.Timestamp.fromObject(d.renew_at, n + 1);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                if (m.renew_at != null && $Object.hasOwnProperty.call(m, "renew_at")) {
                    d.renew_at = $root.google.protobuf.Timestamp.toObject(m.renew_at, o, q + 1);
                    if (o.oneofs)
                        d._renew_at = "renew_at";
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                    if (o.oneofs)
                        d._private = "private";
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return RenewEphemeralResource;
    })();

    tfplugin6.CloseEphemeralResource = (function() {

        function CloseEphemeralResource(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        CloseEphemeralResource.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        CloseEphemeralResource.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.CloseEphemeralResource();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        CloseEphemeralResource.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.CloseEphemeralResource)
                return d;
            return new $root.tfplugin6.CloseEphemeralResource();
        };

        CloseEphemeralResource.toObject = function toObject() {
            return {};
        };

        CloseEphemeralResource.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        CloseEphemeralResource.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.type_name = "";
            Request.prototype["private"] = null;

            var $oneOfFields;

            // Virtual OneOf for proto3 optional field
            $Object.defineProperty(Request.prototype, "_private", {
                get: $util.oneOfGetter($oneOfFields = ["private"]),
                set: $util.oneOfSetter($oneOfFields)
            });

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name"))
                    w.uint32(10).string(m.type_name);
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private"))
                    w.uint32(18).bytes(m["private"]);
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.CloseEphemeralResource.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.type_name = r.string();
                            break;
                        }
                    case 2: {
                            m["private"] = r.bytes();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.CloseEphemeralResource.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.CloseEphemeralResource.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.CloseEphemeralResource.Request();
                if (d.type_name != null) {
                    m.type_name = String(d.type_name);
                }
                if (d["private"] != null) {
                    if (typeof d["private"] === "string")
                        $util.base64.decode(d["private"], m["private"] = $util.newBuffer($util.base64.length(d["private"])), 0);
                    else if (d["private"].length >= 0)
                        m["private"] = d["private"];
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.type_name = "";
                }
                if (m.type_name != null && $Object.hasOwnProperty.call(m, "type_name")) {
                    d.type_name = m.type_name;
                }
                if (m["private"] != null && $Object.hasOwnProperty.call(m, "private")) {
                    d["private"] = o.bytes === String ? $util.base64.encode(m["private"], 0, m["private"].length) : o.bytes === Array ? Array.prototype.slice.call(m["private"]) : m["private"];
                    if (o.oneofs)
                        d._private = "private";
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        CloseEphemeralResource.Response = (function() {

            function Response(p) {
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(10).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.CloseEphemeralResource.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.CloseEphemeralResource.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.CloseEphemeralResource.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.CloseEphemeralResource.Response();
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.CloseEphemeralResource.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.CloseEphemeralResource.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return CloseEphemeralResource;
    })();

    tfplugin6.GetFunctions = (function() {

        function GetFunctions(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        GetFunctions.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        GetFunctions.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.GetFunctions();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        GetFunctions.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.GetFunctions)
                return d;
            return new $root.tfplugin6.GetFunctions();
        };

        GetFunctions.toObject = function toObject() {
            return {};
        };

        GetFunctions.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        GetFunctions.Request = (function() {

            function Request(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetFunctions.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetFunctions.Request)
                    return d;
                return new $root.tfplugin6.GetFunctions.Request();
            };

            Request.toObject = function toObject() {
                return {};
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        GetFunctions.Response = (function() {

            function Response(p) {
                this.functions = {};
                this.diagnostics = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.functions = $util.emptyObject;
            Response.prototype.diagnostics = $util.emptyArray;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.functions != null && $Object.hasOwnProperty.call(m, "functions")) {
                    for (var ks = $Object.keys(m.functions), i = 0; i < ks.length; ++i) {
                        w.uint32(10).fork().uint32(10).string(ks[i]);
                        $root.tfplugin6.Function.encode(m.functions[ks[i]], w.uint32(18).fork(), q + 1).ldelim().ldelim();
                    }
                }
                if (m.diagnostics != null && m.diagnostics.length) {
                    for (var i = 0; i < m.diagnostics.length; ++i)
                        $root.tfplugin6.Diagnostic.encode(m.diagnostics[i], w.uint32(18).fork(), q + 1).ldelim();
                }
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m, k, value;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.GetFunctions.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            if (m.functions === $util.emptyObject)
                                m.functions = {};
                            var c2 = r.uint32() + r.pos;
                            if (c2 > r.len)
                                throw RangeError("index out of range");
                            r.len = c2;
                            k = "";
                            value = null;
                            while (r.pos < c2) {
                                var tag2 = r.uint32();
                                switch (tag2 >>> 3) {
                                case 1:
                                    k = r.string();
                                    break;
                                case 2:
                                    value = $root.tfplugin6.Function.decode(r, r.uint32(), undefined, n + 1);
                                    break;
                                default:
                                    r.skipType(tag2 & 7, n);
                                    break;
                                }
                            }
                            if (r.pos !== c2)
                                throw RangeError("index out of range");
                            r.len = c;
                            if (k === "__proto__")
                                $util.makeProp(m.functions, k);
                            m.functions[k] = value;
                            break;
                        }
                    case 2: {
                            if (!(m.diagnostics && m.diagnostics.length))
                                m.diagnostics = [];
                            m.diagnostics.push($root.tfplugin6.Diagnostic.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.GetFunctions.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.GetFunctions.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.GetFunctions.Response();
                if (d.functions) {
                    if (!$util.isObject(d.functions))
                        throw TypeError(".tfplugin6.GetFunctions.Response.functions: object expected");
                    m.functions = {};
                    for (var ks = $Object.keys(d.functions), i = 0; i < ks.length; ++i) {
                        if (ks[i] === "__proto__")
                            $util.makeProp(m.functions, ks[i]);
                        if (!$util.isObject(d.functions[ks[i]]))
                            throw TypeError(".tfplugin6.GetFunctions.Response.functions: object expected");
                        m.functions[ks[i]] = $root.tfplugin6.Function.fromObject(d.functions[ks[i]], n + 1);
                    }
                }
                if (d.diagnostics) {
                    if (!Array.isArray(d.diagnostics))
                        throw TypeError(".tfplugin6.GetFunctions.Response.diagnostics: array expected");
                    m.diagnostics = [];
                    for (var i = 0; i < d.diagnostics.length; ++i) {
                        if (!$util.isObject(d.diagnostics[i]))
                            throw TypeError(".tfplugin6.GetFunctions.Response.diagnostics: object expected");
                        m.diagnostics[i] = $root.tfplugin6.Diagnostic.fromObject(d.diagnostics[i], n + 1);
                    }
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d.diagnostics = [];
                }
                if (o.objects || o.defaults) {
                    d.functions = {};
                }
                var ks2;
                if (m.functions && (ks2 = $Object.keys(m.functions)).length) {
                    d.functions = {};
                    for (var j = 0; j < ks2.length; ++j) {
                        if (ks2[j] === "__proto__")
                            $util.makeProp(d.functions, ks2[j]);
                        d.functions[ks2[j]] = $root.tfplugin6.Function.toObject(m.functions[ks2[j]], o, q + 1);
                    }
                }
                if (m.diagnostics && m.diagnostics.length) {
                    d.diagnostics = [];
                    for (var j = 0; j < m.diagnostics.length; ++j) {
                        d.diagnostics[j] = $root.tfplugin6.Diagnostic.toObject(m.diagnostics[j], o, q + 1);
                    }
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return GetFunctions;
    })();

    tfplugin6.CallFunction = (function() {

        function CallFunction(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        CallFunction.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        CallFunction.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.tfplugin6.CallFunction();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        CallFunction.fromObject = function fromObject(d, n) {
            if (d instanceof $root.tfplugin6.CallFunction)
                return d;
            return new $root.tfplugin6.CallFunction();
        };

        CallFunction.toObject = function toObject() {
            return {};
        };

        CallFunction.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        CallFunction.Request = (function() {

            function Request(p) {
                this["arguments"] = [];
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Request.prototype.name = "";
            Request.prototype["arguments"] = $util.emptyArray;

            Request.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.name != null && $Object.hasOwnProperty.call(m, "name"))
                    w.uint32(10).string(m.name);
                if (m["arguments"] != null && m["arguments"].length) {
                    for (var i = 0; i < m["arguments"].length; ++i)
                        $root.tfplugin6.DynamicValue.encode(m["arguments"][i], w.uint32(18).fork(), q + 1).ldelim();
                }
                return w;
            };

            Request.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.CallFunction.Request();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.name = r.string();
                            break;
                        }
                    case 2: {
                            if (!(m["arguments"] && m["arguments"].length))
                                m["arguments"] = [];
                            m["arguments"].push($root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1));
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Request.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.CallFunction.Request)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.CallFunction.Request: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.CallFunction.Request();
                if (d.name != null) {
                    m.name = String(d.name);
                }
                if (d["arguments"]) {
                    if (!Array.isArray(d["arguments"]))
                        throw TypeError(".tfplugin6.CallFunction.Request.arguments: array expected");
                    m["arguments"] = [];
                    for (var i = 0; i < d["arguments"].length; ++i) {
                        if (!$util.isObject(d["arguments"][i]))
                            throw TypeError(".tfplugin6.CallFunction.Request.arguments: object expected");
                        m["arguments"][i] = $root.tfplugin6.DynamicValue.fromObject(d["arguments"][i], n + 1);
                    }
                }
                return m;
            };

            Request.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.arrays || o.defaults) {
                    d["arguments"] = [];
                }
                if (o.defaults) {
                    d.name = "";
                }
                if (m.name != null && $Object.hasOwnProperty.call(m, "name")) {
                    d.name = m.name;
                }
                if (m["arguments"] && m["arguments"].length) {
                    d["arguments"] = [];
                    for (var j = 0; j < m["arguments"].length; ++j) {
                        d["arguments"][j] = $root.tfplugin6.DynamicValue.toObject(m["arguments"][j], o, q + 1);
                    }
                }
                return d;
            };

            Request.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Request;
        })();

        CallFunction.Response = (function() {

            function Response(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Response.prototype.result = null;
            Response.prototype.error = null;

            Response.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.result != null && $Object.hasOwnProperty.call(m, "result"))
                    $root.tfplugin6.DynamicValue.encode(m.result, w.uint32(10).fork(), q + 1).ldelim();
                if (m.error != null && $Object.hasOwnProperty.call(m, "error"))
                    $root.tfplugin6.FunctionError.encode(m.error, w.uint32(18).fork(), q + 1).ldelim();
                return w;
            };

            Response.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.tfplugin6.CallFunction.Response();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.result = $root.tfplugin6.DynamicValue.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    case 2: {
                            m.error = $root.tfplugin6.FunctionError.decode(r, r.uint32(), undefined, n + 1);
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Response.fromObject = function fromObject(d, n) {
                if (d instanceof $root.tfplugin6.CallFunction.Response)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".tfplugin6.CallFunction.Response: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.tfplugin6.CallFunction.Response();
                if (d.result != null) {
                    if (!$util.isObject(d.result))
                        throw TypeError(".tfplugin6.CallFunction.Response.result: object expected");
                    m.result = $root.tfplugin6.DynamicValue.fromObject(d.result, n + 1);
                }
                if (d.error != null) {
                    if (!$util.isObject(d.error))
                        throw TypeError(".tfplugin6.CallFunction.Response.error: object expected");
                    m.error = $root.tfplugin6.FunctionError.fromObject(d.error, n + 1);
                }
                return m;
            };

            Response.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    d.result = null;
                    d.error = null;
                }
                if (m.result != null && $Object.hasOwnProperty.call(m, "result")) {
                    d.result = $root.tfplugin6.DynamicValue.toObject(m.result, o, q + 1);
                }
                if (m.error != null && $Object.hasOwnProperty.call(m, "error")) {
                    d.error = $root.tfplugin6.FunctionError.toObject(m.error, o, q + 1);
                }
                return d;
            };

            Response.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Response;
        })();

        return CallFunction;
    })();

    return tfplugin6;
})();

$root.google = (function() {

    var google = {};

    google.protobuf = (function() {

        var protobuf = {};

        protobuf.Timestamp = (function() {

            function Timestamp(p) {
                if (p)
                    for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                        if (p[ks[i]] != null && ks[i] !== "__proto__")
                            this[ks[i]] = p[ks[i]];
            }

            Timestamp.prototype.seconds = $util.Long ? $util.Long.fromBits(0,0,false) : 0;
            Timestamp.prototype.nanos = 0;

            Timestamp.encode = function encode(m, w, q) {
                if (!w)
                    w = $Writer.create();
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds"))
                    w.uint32(8).int64(m.seconds);
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos"))
                    w.uint32(16).int32(m.nanos);
                return w;
            };

            Timestamp.decode = function decode(r, l, e, n) {
                if (!(r instanceof $Reader))
                    r = $Reader.create(r);
                if (n === undefined)
                    n = 0;
                if (n > $Reader.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var c, m;
                if (l === undefined)
                    c = r.len;
                else {
                    c = r.pos + l;
                    if (c > r.len)
                        throw RangeError("index out of range");
                    l = r.len;
                    r.len = c;
                }
                m = new $root.google.protobuf.Timestamp();
                while (r.pos < c) {
                    var t = r.uint32();
                    if (t === e)
                        break;
                    switch (t >>> 3) {
                    case 1: {
                            m.seconds = r.int64();
                            break;
                        }
                    case 2: {
                            m.nanos = r.int32();
                            break;
                        }
                    default:
                        r.skipType(t & 7, n);
                        break;
                    }
                }
                if (l !== undefined) {
                    if (r.pos !== c)
                        throw RangeError("index out of range");
                    r.len = l;
                }
                return m;
            };

            Timestamp.fromObject = function fromObject(d, n) {
                if (d instanceof $root.google.protobuf.Timestamp)
                    return d;
                if (!$util.isObject(d))
                    throw TypeError(".google.protobuf.Timestamp: object expected");
                if (n === undefined)
                    n = 0;
                if (n > $util.recursionLimit)
                    throw Error("maximum nesting depth exceeded");
                var m = new $root.google.protobuf.Timestamp();
                if (d.seconds != null) {
                    if ($util.Long)
                        m.seconds = $util.Long.fromValue(d.seconds, false);
                    else if (typeof d.seconds === "string")
                        m.seconds = parseInt(d.seconds, 10);
                    else if (typeof d.seconds === "number")
                        m.seconds = d.seconds;
                    else if (typeof d.seconds === "object")
                        m.seconds = new $util.LongBits(d.seconds.low >>> 0, d.seconds.high >>> 0).toNumber();
                }
                if (d.nanos != null) {
                    m.nanos = d.nanos | 0;
                }
                return m;
            };

            Timestamp.toObject = function toObject(m, o, q) {
                if (!o)
                    o = {};
                if (q === undefined)
                    q = 0;
                if (q > $util.recursionLimit)
                    throw Error("max depth exceeded");
                var d = {};
                if (o.defaults) {
                    if ($util.Long) {
                        var n = new $util.Long(0, 0, false);
                        d.seconds = o.longs === String ? n.toString() : o.longs === Number ? n.toNumber() : typeof BigInt !== "undefined" && o.longs === BigInt ? n.toBigInt() : n;
                    } else
                        d.seconds = o.longs === String ? "0" : typeof BigInt !== "undefined" && o.longs === BigInt ? BigInt("0") : 0;
                    d.nanos = 0;
                }
                if (m.seconds != null && $Object.hasOwnProperty.call(m, "seconds")) {
                    if (typeof BigInt !== "undefined" && o.longs === BigInt)
                        d.seconds = typeof m.seconds === "number" ? BigInt(m.seconds) : $util.Long.fromBits(m.seconds.low >>> 0, m.seconds.high >>> 0, false).toBigInt();
                    else if (typeof m.seconds === "number")
                        d.seconds = o.longs === String ? String(m.seconds) : m.seconds;
                    else
                        d.seconds = o.longs === String ? $util.Long.prototype.toString.call(m.seconds) : o.longs === Number ? new $util.LongBits(m.seconds.low >>> 0, m.seconds.high >>> 0).toNumber() : m.seconds;
                }
                if (m.nanos != null && $Object.hasOwnProperty.call(m, "nanos")) {
                    d.nanos = m.nanos;
                }
                return d;
            };

            Timestamp.prototype.toJSON = function toJSON() {
                return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
            };

            return Timestamp;
        })();

        return protobuf;
    })();

    return google;
})();

$root.plugin = (function() {

    var plugin = {};

    plugin.Empty = (function() {

        function Empty(p) {
            if (p)
                for (var ks = $Object.keys(p), i = 0; i < ks.length; ++i)
                    if (p[ks[i]] != null && ks[i] !== "__proto__")
                        this[ks[i]] = p[ks[i]];
        }

        Empty.encode = function encode(m, w, q) {
            if (!w)
                w = $Writer.create();
            if (q === undefined)
                q = 0;
            if (q > $util.recursionLimit)
                throw Error("max depth exceeded");
            return w;
        };

        Empty.decode = function decode(r, l, e, n) {
            if (!(r instanceof $Reader))
                r = $Reader.create(r);
            if (n === undefined)
                n = 0;
            if (n > $Reader.recursionLimit)
                throw Error("maximum nesting depth exceeded");
            var c, m;
            if (l === undefined)
                c = r.len;
            else {
                c = r.pos + l;
                if (c > r.len)
                    throw RangeError("index out of range");
                l = r.len;
                r.len = c;
            }
            m = new $root.plugin.Empty();
            while (r.pos < c) {
                var t = r.uint32();
                if (t === e)
                    break;
                switch (t >>> 3) {
                default:
                    r.skipType(t & 7, n);
                    break;
                }
            }
            if (l !== undefined) {
                if (r.pos !== c)
                    throw RangeError("index out of range");
                r.len = l;
            }
            return m;
        };

        Empty.fromObject = function fromObject(d, n) {
            if (d instanceof $root.plugin.Empty)
                return d;
            return new $root.plugin.Empty();
        };

        Empty.toObject = function toObject() {
            return {};
        };

        Empty.prototype.toJSON = function toJSON() {
            return this.constructor.toObject(this, $protobuf.util.toJSONOptions);
        };

        return Empty;
    })();

    return plugin;
})();

module.exports = $root;
