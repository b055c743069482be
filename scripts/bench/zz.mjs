var __defProp = Object.defineProperty;
var __export = (target, all) => {
  for (var name2 in all)
    __defProp(target, name2, { get: all[name2], enumerable: true });
};

// scripts/bench/zz-dbform.ts
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

// src/lib/server/db/client.ts
import Database from "better-sqlite3";

// node_modules/drizzle-orm/entity.js
var entityKind = /* @__PURE__ */ Symbol.for("drizzle:entityKind");
function is(value, type) {
  if (!value || typeof value !== "object") {
    return false;
  }
  if (value instanceof type) {
    return true;
  }
  if (!Object.prototype.hasOwnProperty.call(type, entityKind)) {
    throw new Error(
      `Class "${type.name ?? "<unknown>"}" doesn't look like a Drizzle entity. If this is incorrect and the class is provided by Drizzle, please report this as a bug.`
    );
  }
  let cls = Object.getPrototypeOf(value).constructor;
  if (cls) {
    while (cls) {
      if (entityKind in cls && cls[entityKind] === type[entityKind]) {
        return true;
      }
      cls = Object.getPrototypeOf(cls);
    }
  }
  return false;
}

// node_modules/drizzle-orm/column.js
var Column = class {
  constructor(table, config) {
    this.table = table;
    this.config = config;
    this.name = config.name;
    this.keyAsName = config.keyAsName;
    this.notNull = config.notNull;
    this.default = config.default;
    this.defaultFn = config.defaultFn;
    this.onUpdateFn = config.onUpdateFn;
    this.hasDefault = config.hasDefault;
    this.primary = config.primaryKey;
    this.isUnique = config.isUnique;
    this.uniqueName = config.uniqueName;
    this.uniqueType = config.uniqueType;
    this.dataType = config.dataType;
    this.columnType = config.columnType;
    this.generated = config.generated;
    this.generatedIdentity = config.generatedIdentity;
  }
  static [entityKind] = "Column";
  name;
  keyAsName;
  primary;
  notNull;
  default;
  defaultFn;
  onUpdateFn;
  hasDefault;
  isUnique;
  uniqueName;
  uniqueType;
  dataType;
  columnType;
  enumValues = void 0;
  generated = void 0;
  generatedIdentity = void 0;
  config;
  mapFromDriverValue(value) {
    return value;
  }
  mapToDriverValue(value) {
    return value;
  }
  // ** @internal */
  shouldDisableInsert() {
    return this.config.generated !== void 0 && this.config.generated.type !== "byDefault";
  }
};

// node_modules/drizzle-orm/column-builder.js
var ColumnBuilder = class {
  static [entityKind] = "ColumnBuilder";
  config;
  constructor(name2, dataType, columnType) {
    this.config = {
      name: name2,
      keyAsName: name2 === "",
      notNull: false,
      default: void 0,
      hasDefault: false,
      primaryKey: false,
      isUnique: false,
      uniqueName: void 0,
      uniqueType: void 0,
      dataType,
      columnType,
      generated: void 0
    };
  }
  /**
   * Changes the data type of the column. Commonly used with `json` columns. Also, useful for branded types.
   *
   * @example
   * ```ts
   * const users = pgTable('users', {
   * 	id: integer('id').$type<UserId>().primaryKey(),
   * 	details: json('details').$type<UserDetails>().notNull(),
   * });
   * ```
   */
  $type() {
    return this;
  }
  /**
   * Adds a `not null` clause to the column definition.
   *
   * Affects the `select` model of the table - columns *without* `not null` will be nullable on select.
   */
  notNull() {
    this.config.notNull = true;
    return this;
  }
  /**
   * Adds a `default <value>` clause to the column definition.
   *
   * Affects the `insert` model of the table - columns *with* `default` are optional on insert.
   *
   * If you need to set a dynamic default value, use {@link $defaultFn} instead.
   */
  default(value) {
    this.config.default = value;
    this.config.hasDefault = true;
    return this;
  }
  /**
   * Adds a dynamic default value to the column.
   * The function will be called when the row is inserted, and the returned value will be used as the column value.
   *
   * **Note:** This value does not affect the `drizzle-kit` behavior, it is only used at runtime in `drizzle-orm`.
   */
  $defaultFn(fn) {
    this.config.defaultFn = fn;
    this.config.hasDefault = true;
    return this;
  }
  /**
   * Alias for {@link $defaultFn}.
   */
  $default = this.$defaultFn;
  /**
   * Adds a dynamic update value to the column.
   * The function will be called when the row is updated, and the returned value will be used as the column value if none is provided.
   * If no `default` (or `$defaultFn`) value is provided, the function will be called when the row is inserted as well, and the returned value will be used as the column value.
   *
   * **Note:** This value does not affect the `drizzle-kit` behavior, it is only used at runtime in `drizzle-orm`.
   */
  $onUpdateFn(fn) {
    this.config.onUpdateFn = fn;
    this.config.hasDefault = true;
    return this;
  }
  /**
   * Alias for {@link $onUpdateFn}.
   */
  $onUpdate = this.$onUpdateFn;
  /**
   * Adds a `primary key` clause to the column definition. This implicitly makes the column `not null`.
   *
   * In SQLite, `integer primary key` implicitly makes the column auto-incrementing.
   */
  primaryKey() {
    this.config.primaryKey = true;
    this.config.notNull = true;
    return this;
  }
  /** @internal Sets the name of the column to the key within the table definition if a name was not given. */
  setName(name2) {
    if (this.config.name !== "") return;
    this.config.name = name2;
  }
};

// node_modules/drizzle-orm/table.utils.js
var TableName = /* @__PURE__ */ Symbol.for("drizzle:Name");

// node_modules/drizzle-orm/pg-core/foreign-keys.js
var ForeignKeyBuilder = class {
  static [entityKind] = "PgForeignKeyBuilder";
  /** @internal */
  reference;
  /** @internal */
  _onUpdate = "no action";
  /** @internal */
  _onDelete = "no action";
  constructor(config, actions) {
    this.reference = () => {
      const { name: name2, columns, foreignColumns } = config();
      return { name: name2, columns, foreignTable: foreignColumns[0].table, foreignColumns };
    };
    if (actions) {
      this._onUpdate = actions.onUpdate;
      this._onDelete = actions.onDelete;
    }
  }
  onUpdate(action) {
    this._onUpdate = action === void 0 ? "no action" : action;
    return this;
  }
  onDelete(action) {
    this._onDelete = action === void 0 ? "no action" : action;
    return this;
  }
  /** @internal */
  build(table) {
    return new ForeignKey(table, this);
  }
};
var ForeignKey = class {
  constructor(table, builder) {
    this.table = table;
    this.reference = builder.reference;
    this.onUpdate = builder._onUpdate;
    this.onDelete = builder._onDelete;
  }
  static [entityKind] = "PgForeignKey";
  reference;
  onUpdate;
  onDelete;
  getName() {
    const { name: name2, columns, foreignColumns } = this.reference();
    const columnNames = columns.map((column) => column.name);
    const foreignColumnNames = foreignColumns.map((column) => column.name);
    const chunks = [
      this.table[TableName],
      ...columnNames,
      foreignColumns[0].table[TableName],
      ...foreignColumnNames
    ];
    return name2 ?? `${chunks.join("_")}_fk`;
  }
};

// node_modules/drizzle-orm/tracing-utils.js
function iife(fn, ...args) {
  return fn(...args);
}

// node_modules/drizzle-orm/pg-core/unique-constraint.js
function uniqueKeyName(table, columns) {
  return `${table[TableName]}_${columns.join("_")}_unique`;
}
var UniqueConstraintBuilder = class {
  constructor(columns, name2) {
    this.name = name2;
    this.columns = columns;
  }
  static [entityKind] = "PgUniqueConstraintBuilder";
  /** @internal */
  columns;
  /** @internal */
  nullsNotDistinctConfig = false;
  nullsNotDistinct() {
    this.nullsNotDistinctConfig = true;
    return this;
  }
  /** @internal */
  build(table) {
    return new UniqueConstraint(table, this.columns, this.nullsNotDistinctConfig, this.name);
  }
};
var UniqueOnConstraintBuilder = class {
  static [entityKind] = "PgUniqueOnConstraintBuilder";
  /** @internal */
  name;
  constructor(name2) {
    this.name = name2;
  }
  on(...columns) {
    return new UniqueConstraintBuilder(columns, this.name);
  }
};
var UniqueConstraint = class {
  constructor(table, columns, nullsNotDistinct, name2) {
    this.table = table;
    this.columns = columns;
    this.name = name2 ?? uniqueKeyName(this.table, this.columns.map((column) => column.name));
    this.nullsNotDistinct = nullsNotDistinct;
  }
  static [entityKind] = "PgUniqueConstraint";
  columns;
  name;
  nullsNotDistinct = false;
  getName() {
    return this.name;
  }
};

// node_modules/drizzle-orm/pg-core/utils/array.js
function parsePgArrayValue(arrayString, startFrom, inQuotes) {
  for (let i = startFrom; i < arrayString.length; i++) {
    const char = arrayString[i];
    if (char === "\\") {
      i++;
      continue;
    }
    if (char === '"') {
      return [arrayString.slice(startFrom, i).replace(/\\/g, ""), i + 1];
    }
    if (inQuotes) {
      continue;
    }
    if (char === "," || char === "}") {
      return [arrayString.slice(startFrom, i).replace(/\\/g, ""), i];
    }
  }
  return [arrayString.slice(startFrom).replace(/\\/g, ""), arrayString.length];
}
function parsePgNestedArray(arrayString, startFrom = 0) {
  const result = [];
  let i = startFrom;
  let lastCharIsComma = false;
  while (i < arrayString.length) {
    const char = arrayString[i];
    if (char === ",") {
      if (lastCharIsComma || i === startFrom) {
        result.push("");
      }
      lastCharIsComma = true;
      i++;
      continue;
    }
    lastCharIsComma = false;
    if (char === "\\") {
      i += 2;
      continue;
    }
    if (char === '"') {
      const [value2, startFrom2] = parsePgArrayValue(arrayString, i + 1, true);
      result.push(value2);
      i = startFrom2;
      continue;
    }
    if (char === "}") {
      return [result, i + 1];
    }
    if (char === "{") {
      const [value2, startFrom2] = parsePgNestedArray(arrayString, i + 1);
      result.push(value2);
      i = startFrom2;
      continue;
    }
    const [value, newStartFrom] = parsePgArrayValue(arrayString, i, false);
    result.push(value);
    i = newStartFrom;
  }
  return [result, i];
}
function parsePgArray(arrayString) {
  const [result] = parsePgNestedArray(arrayString, 1);
  return result;
}
function makePgArray(array) {
  return `{${array.map((item) => {
    if (Array.isArray(item)) {
      return makePgArray(item);
    }
    if (typeof item === "string") {
      return `"${item.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`;
    }
    return `${item}`;
  }).join(",")}}`;
}

// node_modules/drizzle-orm/pg-core/columns/common.js
var PgColumnBuilder = class extends ColumnBuilder {
  foreignKeyConfigs = [];
  static [entityKind] = "PgColumnBuilder";
  array(size) {
    return new PgArrayBuilder(this.config.name, this, size);
  }
  references(ref, actions = {}) {
    this.foreignKeyConfigs.push({ ref, actions });
    return this;
  }
  unique(name2, config) {
    this.config.isUnique = true;
    this.config.uniqueName = name2;
    this.config.uniqueType = config?.nulls;
    return this;
  }
  generatedAlwaysAs(as) {
    this.config.generated = {
      as,
      type: "always",
      mode: "stored"
    };
    return this;
  }
  /** @internal */
  buildForeignKeys(column, table) {
    return this.foreignKeyConfigs.map(({ ref, actions }) => {
      return iife(
        (ref2, actions2) => {
          const builder = new ForeignKeyBuilder(() => {
            const foreignColumn = ref2();
            return { columns: [column], foreignColumns: [foreignColumn] };
          });
          if (actions2.onUpdate) {
            builder.onUpdate(actions2.onUpdate);
          }
          if (actions2.onDelete) {
            builder.onDelete(actions2.onDelete);
          }
          return builder.build(table);
        },
        ref,
        actions
      );
    });
  }
  /** @internal */
  buildExtraConfigColumn(table) {
    return new ExtraConfigColumn(table, this.config);
  }
};
var PgColumn = class extends Column {
  constructor(table, config) {
    if (!config.uniqueName) {
      config.uniqueName = uniqueKeyName(table, [config.name]);
    }
    super(table, config);
    this.table = table;
  }
  static [entityKind] = "PgColumn";
};
var ExtraConfigColumn = class extends PgColumn {
  static [entityKind] = "ExtraConfigColumn";
  getSQLType() {
    return this.getSQLType();
  }
  indexConfig = {
    order: this.config.order ?? "asc",
    nulls: this.config.nulls ?? "last",
    opClass: this.config.opClass
  };
  defaultConfig = {
    order: "asc",
    nulls: "last",
    opClass: void 0
  };
  asc() {
    this.indexConfig.order = "asc";
    return this;
  }
  desc() {
    this.indexConfig.order = "desc";
    return this;
  }
  nullsFirst() {
    this.indexConfig.nulls = "first";
    return this;
  }
  nullsLast() {
    this.indexConfig.nulls = "last";
    return this;
  }
  /**
   * ### PostgreSQL documentation quote
   *
   * > An operator class with optional parameters can be specified for each column of an index.
   * The operator class identifies the operators to be used by the index for that column.
   * For example, a B-tree index on four-byte integers would use the int4_ops class;
   * this operator class includes comparison functions for four-byte integers.
   * In practice the default operator class for the column's data type is usually sufficient.
   * The main point of having operator classes is that for some data types, there could be more than one meaningful ordering.
   * For example, we might want to sort a complex-number data type either by absolute value or by real part.
   * We could do this by defining two operator classes for the data type and then selecting the proper class when creating an index.
   * More information about operator classes check:
   *
   * ### Useful links
   * https://www.postgresql.org/docs/current/sql-createindex.html
   *
   * https://www.postgresql.org/docs/current/indexes-opclass.html
   *
   * https://www.postgresql.org/docs/current/xindex.html
   *
   * ### Additional types
   * If you have the `pg_vector` extension installed in your database, you can use the
   * `vector_l2_ops`, `vector_ip_ops`, `vector_cosine_ops`, `vector_l1_ops`, `bit_hamming_ops`, `bit_jaccard_ops`, `halfvec_l2_ops`, `sparsevec_l2_ops` options, which are predefined types.
   *
   * **You can always specify any string you want in the operator class, in case Drizzle doesn't have it natively in its types**
   *
   * @param opClass
   * @returns
   */
  op(opClass) {
    this.indexConfig.opClass = opClass;
    return this;
  }
};
var IndexedColumn = class {
  static [entityKind] = "IndexedColumn";
  constructor(name2, keyAsName, type, indexConfig) {
    this.name = name2;
    this.keyAsName = keyAsName;
    this.type = type;
    this.indexConfig = indexConfig;
  }
  name;
  keyAsName;
  type;
  indexConfig;
};
var PgArrayBuilder = class extends PgColumnBuilder {
  static [entityKind] = "PgArrayBuilder";
  constructor(name2, baseBuilder, size) {
    super(name2, "array", "PgArray");
    this.config.baseBuilder = baseBuilder;
    this.config.size = size;
  }
  /** @internal */
  build(table) {
    const baseColumn = this.config.baseBuilder.build(table);
    return new PgArray(
      table,
      this.config,
      baseColumn
    );
  }
};
var PgArray = class _PgArray extends PgColumn {
  constructor(table, config, baseColumn, range) {
    super(table, config);
    this.baseColumn = baseColumn;
    this.range = range;
    this.size = config.size;
  }
  size;
  static [entityKind] = "PgArray";
  getSQLType() {
    return `${this.baseColumn.getSQLType()}[${typeof this.size === "number" ? this.size : ""}]`;
  }
  mapFromDriverValue(value) {
    if (typeof value === "string") {
      value = parsePgArray(value);
    }
    return value.map((v) => this.baseColumn.mapFromDriverValue(v));
  }
  mapToDriverValue(value, isNestedArray = false) {
    const a = value.map(
      (v) => v === null ? null : is(this.baseColumn, _PgArray) ? this.baseColumn.mapToDriverValue(v, true) : this.baseColumn.mapToDriverValue(v)
    );
    if (isNestedArray) return a;
    return makePgArray(a);
  }
};

// node_modules/drizzle-orm/pg-core/columns/enum.js
var PgEnumObjectColumnBuilder = class extends PgColumnBuilder {
  static [entityKind] = "PgEnumObjectColumnBuilder";
  constructor(name2, enumInstance) {
    super(name2, "string", "PgEnumObjectColumn");
    this.config.enum = enumInstance;
  }
  /** @internal */
  build(table) {
    return new PgEnumObjectColumn(
      table,
      this.config
    );
  }
};
var PgEnumObjectColumn = class extends PgColumn {
  static [entityKind] = "PgEnumObjectColumn";
  enum;
  enumValues = this.config.enum.enumValues;
  constructor(table, config) {
    super(table, config);
    this.enum = config.enum;
  }
  getSQLType() {
    return this.enum.enumName;
  }
};
var isPgEnumSym = /* @__PURE__ */ Symbol.for("drizzle:isPgEnum");
function isPgEnum(obj) {
  return !!obj && typeof obj === "function" && isPgEnumSym in obj && obj[isPgEnumSym] === true;
}
var PgEnumColumnBuilder = class extends PgColumnBuilder {
  static [entityKind] = "PgEnumColumnBuilder";
  constructor(name2, enumInstance) {
    super(name2, "string", "PgEnumColumn");
    this.config.enum = enumInstance;
  }
  /** @internal */
  build(table) {
    return new PgEnumColumn(
      table,
      this.config
    );
  }
};
var PgEnumColumn = class extends PgColumn {
  static [entityKind] = "PgEnumColumn";
  enum = this.config.enum;
  enumValues = this.config.enum.enumValues;
  constructor(table, config) {
    super(table, config);
    this.enum = config.enum;
  }
  getSQLType() {
    return this.enum.enumName;
  }
};

// node_modules/drizzle-orm/subquery.js
var Subquery = class {
  static [entityKind] = "Subquery";
  constructor(sql2, fields, alias, isWith = false, usedTables = []) {
    this._ = {
      brand: "Subquery",
      sql: sql2,
      selectedFields: fields,
      alias,
      isWith,
      usedTables
    };
  }
  // getSQL(): SQL<unknown> {
  // 	return new SQL([this]);
  // }
};
var WithSubquery = class extends Subquery {
  static [entityKind] = "WithSubquery";
};

// node_modules/drizzle-orm/version.js
var version = "0.45.4";

// node_modules/drizzle-orm/tracing.js
var otel;
var rawTracer;
var tracer = {
  startActiveSpan(name2, fn) {
    if (!otel) {
      return fn();
    }
    if (!rawTracer) {
      rawTracer = otel.trace.getTracer("drizzle-orm", version);
    }
    return iife(
      (otel2, rawTracer2) => rawTracer2.startActiveSpan(
        name2,
        (span) => {
          try {
            return fn(span);
          } catch (e) {
            span.setStatus({
              code: otel2.SpanStatusCode.ERROR,
              message: e instanceof Error ? e.message : "Unknown error"
              // eslint-disable-line no-instanceof/no-instanceof
            });
            throw e;
          } finally {
            span.end();
          }
        }
      ),
      otel,
      rawTracer
    );
  }
};

// node_modules/drizzle-orm/view-common.js
var ViewBaseConfig = /* @__PURE__ */ Symbol.for("drizzle:ViewBaseConfig");

// node_modules/drizzle-orm/table.js
var Schema = /* @__PURE__ */ Symbol.for("drizzle:Schema");
var Columns = /* @__PURE__ */ Symbol.for("drizzle:Columns");
var ExtraConfigColumns = /* @__PURE__ */ Symbol.for("drizzle:ExtraConfigColumns");
var OriginalName = /* @__PURE__ */ Symbol.for("drizzle:OriginalName");
var BaseName = /* @__PURE__ */ Symbol.for("drizzle:BaseName");
var IsAlias = /* @__PURE__ */ Symbol.for("drizzle:IsAlias");
var ExtraConfigBuilder = /* @__PURE__ */ Symbol.for("drizzle:ExtraConfigBuilder");
var IsDrizzleTable = /* @__PURE__ */ Symbol.for("drizzle:IsDrizzleTable");
var Table = class {
  static [entityKind] = "Table";
  /** @internal */
  static Symbol = {
    Name: TableName,
    Schema,
    OriginalName,
    Columns,
    ExtraConfigColumns,
    BaseName,
    IsAlias,
    ExtraConfigBuilder
  };
  /**
   * @internal
   * Can be changed if the table is aliased.
   */
  [TableName];
  /**
   * @internal
   * Used to store the original name of the table, before any aliasing.
   */
  [OriginalName];
  /** @internal */
  [Schema];
  /** @internal */
  [Columns];
  /** @internal */
  [ExtraConfigColumns];
  /**
   *  @internal
   * Used to store the table name before the transformation via the `tableCreator` functions.
   */
  [BaseName];
  /** @internal */
  [IsAlias] = false;
  /** @internal */
  [IsDrizzleTable] = true;
  /** @internal */
  [ExtraConfigBuilder] = void 0;
  constructor(name2, schema, baseName) {
    this[TableName] = this[OriginalName] = name2;
    this[Schema] = schema;
    this[BaseName] = baseName;
  }
};
function getTableName(table) {
  return table[TableName];
}
function getTableUniqueName(table) {
  return `${table[Schema] ?? "public"}.${table[TableName]}`;
}

// node_modules/drizzle-orm/sql/sql.js
var FakePrimitiveParam = class {
  static [entityKind] = "FakePrimitiveParam";
};
function isSQLWrapper(value) {
  return value !== null && value !== void 0 && typeof value.getSQL === "function";
}
function mergeQueries(queries) {
  const result = { sql: "", params: [] };
  for (const query of queries) {
    result.sql += query.sql;
    result.params.push(...query.params);
    if (query.typings?.length) {
      if (!result.typings) {
        result.typings = [];
      }
      result.typings.push(...query.typings);
    }
  }
  return result;
}
var StringChunk = class {
  static [entityKind] = "StringChunk";
  value;
  constructor(value) {
    this.value = Array.isArray(value) ? value : [value];
  }
  getSQL() {
    return new SQL([this]);
  }
};
var SQL = class _SQL {
  constructor(queryChunks) {
    this.queryChunks = queryChunks;
    for (const chunk of queryChunks) {
      if (is(chunk, Table)) {
        const schemaName = chunk[Table.Symbol.Schema];
        this.usedTables.push(
          schemaName === void 0 ? chunk[Table.Symbol.Name] : schemaName + "." + chunk[Table.Symbol.Name]
        );
      }
    }
  }
  static [entityKind] = "SQL";
  /** @internal */
  decoder = noopDecoder;
  shouldInlineParams = false;
  /** @internal */
  usedTables = [];
  append(query) {
    this.queryChunks.push(...query.queryChunks);
    return this;
  }
  toQuery(config) {
    return tracer.startActiveSpan("drizzle.buildSQL", (span) => {
      const query = this.buildQueryFromSourceParams(this.queryChunks, config);
      span?.setAttributes({
        "drizzle.query.text": query.sql,
        "drizzle.query.params": JSON.stringify(query.params)
      });
      return query;
    });
  }
  buildQueryFromSourceParams(chunks, _config) {
    const config = Object.assign({}, _config, {
      inlineParams: _config.inlineParams || this.shouldInlineParams,
      paramStartIndex: _config.paramStartIndex || { value: 0 }
    });
    const {
      casing,
      escapeName,
      escapeParam,
      prepareTyping,
      inlineParams,
      paramStartIndex
    } = config;
    return mergeQueries(chunks.map((chunk) => {
      if (is(chunk, StringChunk)) {
        return { sql: chunk.value.join(""), params: [] };
      }
      if (is(chunk, Name)) {
        return { sql: escapeName(chunk.value), params: [] };
      }
      if (chunk === void 0) {
        return { sql: "", params: [] };
      }
      if (Array.isArray(chunk)) {
        const result = [new StringChunk("(")];
        for (const [i, p] of chunk.entries()) {
          result.push(p);
          if (i < chunk.length - 1) {
            result.push(new StringChunk(", "));
          }
        }
        result.push(new StringChunk(")"));
        return this.buildQueryFromSourceParams(result, config);
      }
      if (is(chunk, _SQL)) {
        return this.buildQueryFromSourceParams(chunk.queryChunks, {
          ...config,
          inlineParams: inlineParams || chunk.shouldInlineParams
        });
      }
      if (is(chunk, Table)) {
        const schemaName = chunk[Table.Symbol.Schema];
        const tableName = chunk[Table.Symbol.Name];
        return {
          sql: schemaName === void 0 || chunk[IsAlias] ? escapeName(tableName) : escapeName(schemaName) + "." + escapeName(tableName),
          params: []
        };
      }
      if (is(chunk, Column)) {
        const columnName = casing.getColumnCasing(chunk);
        if (_config.invokeSource === "indexes") {
          return { sql: escapeName(columnName), params: [] };
        }
        const schemaName = chunk.table[Table.Symbol.Schema];
        return {
          sql: chunk.table[IsAlias] || schemaName === void 0 ? escapeName(chunk.table[Table.Symbol.Name]) + "." + escapeName(columnName) : escapeName(schemaName) + "." + escapeName(chunk.table[Table.Symbol.Name]) + "." + escapeName(columnName),
          params: []
        };
      }
      if (is(chunk, View)) {
        const schemaName = chunk[ViewBaseConfig].schema;
        const viewName = chunk[ViewBaseConfig].name;
        return {
          sql: schemaName === void 0 || chunk[ViewBaseConfig].isAlias ? escapeName(viewName) : escapeName(schemaName) + "." + escapeName(viewName),
          params: []
        };
      }
      if (is(chunk, Param)) {
        if (is(chunk.value, Placeholder)) {
          return { sql: escapeParam(paramStartIndex.value++, chunk), params: [chunk], typings: ["none"] };
        }
        const mappedValue = chunk.value === null ? null : chunk.encoder.mapToDriverValue(chunk.value);
        if (is(mappedValue, _SQL)) {
          return this.buildQueryFromSourceParams([mappedValue], config);
        }
        if (inlineParams) {
          return { sql: this.mapInlineParam(mappedValue, config), params: [] };
        }
        let typings = ["none"];
        if (prepareTyping) {
          typings = [prepareTyping(chunk.encoder)];
        }
        return { sql: escapeParam(paramStartIndex.value++, mappedValue), params: [mappedValue], typings };
      }
      if (is(chunk, Placeholder)) {
        return { sql: escapeParam(paramStartIndex.value++, chunk), params: [chunk], typings: ["none"] };
      }
      if (is(chunk, _SQL.Aliased) && chunk.fieldAlias !== void 0) {
        return { sql: escapeName(chunk.fieldAlias), params: [] };
      }
      if (is(chunk, Subquery)) {
        if (chunk._.isWith) {
          return { sql: escapeName(chunk._.alias), params: [] };
        }
        return this.buildQueryFromSourceParams([
          new StringChunk("("),
          chunk._.sql,
          new StringChunk(") "),
          new Name(chunk._.alias)
        ], config);
      }
      if (isPgEnum(chunk)) {
        if (chunk.schema) {
          return { sql: escapeName(chunk.schema) + "." + escapeName(chunk.enumName), params: [] };
        }
        return { sql: escapeName(chunk.enumName), params: [] };
      }
      if (isSQLWrapper(chunk)) {
        if (chunk.shouldOmitSQLParens?.()) {
          return this.buildQueryFromSourceParams([chunk.getSQL()], config);
        }
        return this.buildQueryFromSourceParams([
          new StringChunk("("),
          chunk.getSQL(),
          new StringChunk(")")
        ], config);
      }
      if (inlineParams) {
        return { sql: this.mapInlineParam(chunk, config), params: [] };
      }
      return { sql: escapeParam(paramStartIndex.value++, chunk), params: [chunk], typings: ["none"] };
    }));
  }
  mapInlineParam(chunk, { escapeString }) {
    if (chunk === null) {
      return "null";
    }
    if (typeof chunk === "number" || typeof chunk === "boolean") {
      return chunk.toString();
    }
    if (typeof chunk === "string") {
      return escapeString(chunk);
    }
    if (typeof chunk === "object") {
      const mappedValueAsString = chunk.toString();
      if (mappedValueAsString === "[object Object]") {
        return escapeString(JSON.stringify(chunk));
      }
      return escapeString(mappedValueAsString);
    }
    throw new Error("Unexpected param value: " + chunk);
  }
  getSQL() {
    return this;
  }
  as(alias) {
    if (alias === void 0) {
      return this;
    }
    return new _SQL.Aliased(this, alias);
  }
  mapWith(decoder) {
    this.decoder = typeof decoder === "function" ? { mapFromDriverValue: decoder } : decoder;
    return this;
  }
  inlineParams() {
    this.shouldInlineParams = true;
    return this;
  }
  /**
   * This method is used to conditionally include a part of the query.
   *
   * @param condition - Condition to check
   * @returns itself if the condition is `true`, otherwise `undefined`
   */
  if(condition) {
    return condition ? this : void 0;
  }
};
var Name = class {
  constructor(value) {
    this.value = value;
  }
  static [entityKind] = "Name";
  brand;
  getSQL() {
    return new SQL([this]);
  }
};
function isDriverValueEncoder(value) {
  return typeof value === "object" && value !== null && "mapToDriverValue" in value && typeof value.mapToDriverValue === "function";
}
var noopDecoder = {
  mapFromDriverValue: (value) => value
};
var noopEncoder = {
  mapToDriverValue: (value) => value
};
var noopMapper = {
  ...noopDecoder,
  ...noopEncoder
};
var Param = class {
  /**
   * @param value - Parameter value
   * @param encoder - Encoder to convert the value to a driver parameter
   */
  constructor(value, encoder = noopEncoder) {
    this.value = value;
    this.encoder = encoder;
  }
  static [entityKind] = "Param";
  brand;
  getSQL() {
    return new SQL([this]);
  }
};
function sql(strings, ...params) {
  const queryChunks = [];
  if (params.length > 0 || strings.length > 0 && strings[0] !== "") {
    queryChunks.push(new StringChunk(strings[0]));
  }
  for (const [paramIndex, param2] of params.entries()) {
    queryChunks.push(param2, new StringChunk(strings[paramIndex + 1]));
  }
  return new SQL(queryChunks);
}
((sql2) => {
  function empty() {
    return new SQL([]);
  }
  sql2.empty = empty;
  function fromList(list) {
    return new SQL(list);
  }
  sql2.fromList = fromList;
  function raw(str) {
    return new SQL([new StringChunk(str)]);
  }
  sql2.raw = raw;
  function join2(chunks, separator) {
    const result = [];
    for (const [i, chunk] of chunks.entries()) {
      if (i > 0 && separator !== void 0) {
        result.push(separator);
      }
      result.push(chunk);
    }
    return new SQL(result);
  }
  sql2.join = join2;
  function identifier(value) {
    return new Name(value);
  }
  sql2.identifier = identifier;
  function placeholder2(name2) {
    return new Placeholder(name2);
  }
  sql2.placeholder = placeholder2;
  function param2(value, encoder) {
    return new Param(value, encoder);
  }
  sql2.param = param2;
})(sql || (sql = {}));
((SQL2) => {
  class Aliased {
    constructor(sql2, fieldAlias) {
      this.sql = sql2;
      this.fieldAlias = fieldAlias;
    }
    static [entityKind] = "SQL.Aliased";
    /** @internal */
    isSelectionField = false;
    getSQL() {
      return this.sql;
    }
    /** @internal */
    clone() {
      return new Aliased(this.sql, this.fieldAlias);
    }
  }
  SQL2.Aliased = Aliased;
})(SQL || (SQL = {}));
var Placeholder = class {
  constructor(name2) {
    this.name = name2;
  }
  static [entityKind] = "Placeholder";
  getSQL() {
    return new SQL([this]);
  }
};
function fillPlaceholders(params, values) {
  return params.map((p) => {
    if (is(p, Placeholder)) {
      if (!(p.name in values)) {
        throw new Error(`No value for placeholder "${p.name}" was provided`);
      }
      return values[p.name];
    }
    if (is(p, Param) && is(p.value, Placeholder)) {
      if (!(p.value.name in values)) {
        throw new Error(`No value for placeholder "${p.value.name}" was provided`);
      }
      return p.encoder.mapToDriverValue(values[p.value.name]);
    }
    return p;
  });
}
var IsDrizzleView = /* @__PURE__ */ Symbol.for("drizzle:IsDrizzleView");
var View = class {
  static [entityKind] = "View";
  /** @internal */
  [ViewBaseConfig];
  /** @internal */
  [IsDrizzleView] = true;
  constructor({ name: name2, schema, selectedFields, query }) {
    this[ViewBaseConfig] = {
      name: name2,
      originalName: name2,
      schema,
      selectedFields,
      query,
      isExisting: !query,
      isAlias: false
    };
  }
  getSQL() {
    return new SQL([this]);
  }
};
Column.prototype.getSQL = function() {
  return new SQL([this]);
};
Table.prototype.getSQL = function() {
  return new SQL([this]);
};
Subquery.prototype.getSQL = function() {
  return new SQL([this]);
};

// node_modules/drizzle-orm/alias.js
var ColumnAliasProxyHandler = class {
  constructor(table) {
    this.table = table;
  }
  static [entityKind] = "ColumnAliasProxyHandler";
  get(columnObj, prop) {
    if (prop === "table") {
      return this.table;
    }
    return columnObj[prop];
  }
};
var TableAliasProxyHandler = class {
  constructor(alias, replaceOriginalName) {
    this.alias = alias;
    this.replaceOriginalName = replaceOriginalName;
  }
  static [entityKind] = "TableAliasProxyHandler";
  get(target, prop) {
    if (prop === Table.Symbol.IsAlias) {
      return true;
    }
    if (prop === Table.Symbol.Name) {
      return this.alias;
    }
    if (this.replaceOriginalName && prop === Table.Symbol.OriginalName) {
      return this.alias;
    }
    if (prop === ViewBaseConfig) {
      return {
        ...target[ViewBaseConfig],
        name: this.alias,
        isAlias: true
      };
    }
    if (prop === Table.Symbol.Columns) {
      const columns = target[Table.Symbol.Columns];
      if (!columns) {
        return columns;
      }
      const proxiedColumns = {};
      Object.keys(columns).map((key) => {
        proxiedColumns[key] = new Proxy(
          columns[key],
          new ColumnAliasProxyHandler(new Proxy(target, this))
        );
      });
      return proxiedColumns;
    }
    const value = target[prop];
    if (is(value, Column)) {
      return new Proxy(value, new ColumnAliasProxyHandler(new Proxy(target, this)));
    }
    return value;
  }
};
var RelationTableAliasProxyHandler = class {
  constructor(alias) {
    this.alias = alias;
  }
  static [entityKind] = "RelationTableAliasProxyHandler";
  get(target, prop) {
    if (prop === "sourceTable") {
      return aliasedTable(target.sourceTable, this.alias);
    }
    return target[prop];
  }
};
function aliasedTable(table, tableAlias) {
  return new Proxy(table, new TableAliasProxyHandler(tableAlias, false));
}
function aliasedTableColumn(column, tableAlias) {
  return new Proxy(
    column,
    new ColumnAliasProxyHandler(new Proxy(column.table, new TableAliasProxyHandler(tableAlias, false)))
  );
}
function mapColumnsInAliasedSQLToAlias(query, alias) {
  return new SQL.Aliased(mapColumnsInSQLToAlias(query.sql, alias), query.fieldAlias);
}
function mapColumnsInSQLToAlias(query, alias) {
  return sql.join(query.queryChunks.map((c) => {
    if (is(c, Column)) {
      return aliasedTableColumn(c, alias);
    }
    if (is(c, SQL)) {
      return mapColumnsInSQLToAlias(c, alias);
    }
    if (is(c, SQL.Aliased)) {
      return mapColumnsInAliasedSQLToAlias(c, alias);
    }
    return c;
  }));
}

// node_modules/drizzle-orm/errors.js
var DrizzleError = class extends Error {
  static [entityKind] = "DrizzleError";
  constructor({ message, cause }) {
    super(message);
    this.name = "DrizzleError";
    this.cause = cause;
  }
};
var DrizzleQueryError = class _DrizzleQueryError extends Error {
  constructor(query, params, cause) {
    super(`Failed query: ${query}
params: ${params}`);
    this.query = query;
    this.params = params;
    this.cause = cause;
    Error.captureStackTrace(this, _DrizzleQueryError);
    if (cause) this.cause = cause;
  }
};
var TransactionRollbackError = class extends DrizzleError {
  static [entityKind] = "TransactionRollbackError";
  constructor() {
    super({ message: "Rollback" });
  }
};

// node_modules/drizzle-orm/logger.js
var ConsoleLogWriter = class {
  static [entityKind] = "ConsoleLogWriter";
  write(message) {
    console.log(message);
  }
};
var DefaultLogger = class {
  static [entityKind] = "DefaultLogger";
  writer;
  constructor(config) {
    this.writer = config?.writer ?? new ConsoleLogWriter();
  }
  logQuery(query, params) {
    const stringifiedParams = params.map((p) => {
      try {
        return JSON.stringify(p);
      } catch {
        return String(p);
      }
    });
    const paramsStr = stringifiedParams.length ? ` -- params: [${stringifiedParams.join(", ")}]` : "";
    this.writer.write(`Query: ${query}${paramsStr}`);
  }
};
var NoopLogger = class {
  static [entityKind] = "NoopLogger";
  logQuery() {
  }
};

// node_modules/drizzle-orm/query-promise.js
var QueryPromise = class {
  static [entityKind] = "QueryPromise";
  [Symbol.toStringTag] = "QueryPromise";
  catch(onRejected) {
    return this.then(void 0, onRejected);
  }
  finally(onFinally) {
    return this.then(
      (value) => {
        onFinally?.();
        return value;
      },
      (reason) => {
        onFinally?.();
        throw reason;
      }
    );
  }
  then(onFulfilled, onRejected) {
    return this.execute().then(onFulfilled, onRejected);
  }
};

// node_modules/drizzle-orm/utils.js
function mapResultRow(columns, row, joinsNotNullableMap) {
  const nullifyMap = {};
  const result = columns.reduce(
    (result2, { path, field }, columnIndex) => {
      let decoder;
      if (is(field, Column)) {
        decoder = field;
      } else if (is(field, SQL)) {
        decoder = field.decoder;
      } else if (is(field, Subquery)) {
        decoder = field._.sql.decoder;
      } else {
        decoder = field.sql.decoder;
      }
      let node = result2;
      for (const [pathChunkIndex, pathChunk] of path.entries()) {
        if (pathChunkIndex < path.length - 1) {
          if (!(pathChunk in node)) {
            node[pathChunk] = {};
          }
          node = node[pathChunk];
        } else {
          const rawValue = row[columnIndex];
          const value = node[pathChunk] = rawValue === null ? null : decoder.mapFromDriverValue(rawValue);
          if (joinsNotNullableMap && is(field, Column) && path.length === 2) {
            const objectName = path[0];
            if (!(objectName in nullifyMap)) {
              nullifyMap[objectName] = value === null ? getTableName(field.table) : false;
            } else if (typeof nullifyMap[objectName] === "string" && nullifyMap[objectName] !== getTableName(field.table)) {
              nullifyMap[objectName] = false;
            }
          }
        }
      }
      return result2;
    },
    {}
  );
  if (joinsNotNullableMap && Object.keys(nullifyMap).length > 0) {
    for (const [objectName, tableName] of Object.entries(nullifyMap)) {
      if (typeof tableName === "string" && !joinsNotNullableMap[tableName]) {
        result[objectName] = null;
      }
    }
  }
  return result;
}
function orderSelectedFields(fields, pathPrefix) {
  return Object.entries(fields).reduce((result, [name2, field]) => {
    if (typeof name2 !== "string") {
      return result;
    }
    const newPath = pathPrefix ? [...pathPrefix, name2] : [name2];
    if (is(field, Column) || is(field, SQL) || is(field, SQL.Aliased) || is(field, Subquery)) {
      result.push({ path: newPath, field });
    } else if (is(field, Table)) {
      result.push(...orderSelectedFields(field[Table.Symbol.Columns], newPath));
    } else {
      result.push(...orderSelectedFields(field, newPath));
    }
    return result;
  }, []);
}
function haveSameKeys(left, right) {
  const leftKeys = Object.keys(left);
  const rightKeys = Object.keys(right);
  if (leftKeys.length !== rightKeys.length) {
    return false;
  }
  for (const [index2, key] of leftKeys.entries()) {
    if (key !== rightKeys[index2]) {
      return false;
    }
  }
  return true;
}
function mapUpdateSet(table, values) {
  const entries = Object.entries(values).filter(([, value]) => value !== void 0).map(([key, value]) => {
    if (is(value, SQL) || is(value, Column)) {
      return [key, value];
    } else {
      return [key, new Param(value, table[Table.Symbol.Columns][key])];
    }
  });
  if (entries.length === 0) {
    throw new Error("No values to set");
  }
  return Object.fromEntries(entries);
}
function applyMixins(baseClass, extendedClasses) {
  for (const extendedClass of extendedClasses) {
    for (const name2 of Object.getOwnPropertyNames(extendedClass.prototype)) {
      if (name2 === "constructor") continue;
      Object.defineProperty(
        baseClass.prototype,
        name2,
        Object.getOwnPropertyDescriptor(extendedClass.prototype, name2) || /* @__PURE__ */ Object.create(null)
      );
    }
  }
}
function getTableColumns(table) {
  return table[Table.Symbol.Columns];
}
function getTableLikeName(table) {
  return is(table, Subquery) ? table._.alias : is(table, View) ? table[ViewBaseConfig].name : is(table, SQL) ? void 0 : table[Table.Symbol.IsAlias] ? table[Table.Symbol.Name] : table[Table.Symbol.BaseName];
}
function getColumnNameAndConfig(a, b) {
  return {
    name: typeof a === "string" && a.length > 0 ? a : "",
    config: typeof a === "object" ? a : b
  };
}
function isConfig(data) {
  if (typeof data !== "object" || data === null) return false;
  if (data.constructor.name !== "Object") return false;
  if ("logger" in data) {
    const type = typeof data["logger"];
    if (type !== "boolean" && (type !== "object" || typeof data["logger"]["logQuery"] !== "function") && type !== "undefined") return false;
    return true;
  }
  if ("schema" in data) {
    const type = typeof data["schema"];
    if (type !== "object" && type !== "undefined") return false;
    return true;
  }
  if ("casing" in data) {
    const type = typeof data["casing"];
    if (type !== "string" && type !== "undefined") return false;
    return true;
  }
  if ("mode" in data) {
    if (data["mode"] !== "default" || data["mode"] !== "planetscale" || data["mode"] !== void 0) return false;
    return true;
  }
  if ("connection" in data) {
    const type = typeof data["connection"];
    if (type !== "string" && type !== "object" && type !== "undefined") return false;
    return true;
  }
  if ("client" in data) {
    const type = typeof data["client"];
    if (type !== "object" && type !== "function" && type !== "undefined") return false;
    return true;
  }
  if (Object.keys(data).length === 0) return true;
  return false;
}
var textDecoder = typeof TextDecoder === "undefined" ? null : new TextDecoder();

// node_modules/drizzle-orm/pg-core/table.js
var InlineForeignKeys = /* @__PURE__ */ Symbol.for("drizzle:PgInlineForeignKeys");
var EnableRLS = /* @__PURE__ */ Symbol.for("drizzle:EnableRLS");
var PgTable = class extends Table {
  static [entityKind] = "PgTable";
  /** @internal */
  static Symbol = Object.assign({}, Table.Symbol, {
    InlineForeignKeys,
    EnableRLS
  });
  /**@internal */
  [InlineForeignKeys] = [];
  /** @internal */
  [EnableRLS] = false;
  /** @internal */
  [Table.Symbol.ExtraConfigBuilder] = void 0;
  /** @internal */
  [Table.Symbol.ExtraConfigColumns] = {};
};

// node_modules/drizzle-orm/pg-core/primary-keys.js
var PrimaryKeyBuilder = class {
  static [entityKind] = "PgPrimaryKeyBuilder";
  /** @internal */
  columns;
  /** @internal */
  name;
  constructor(columns, name2) {
    this.columns = columns;
    this.name = name2;
  }
  /** @internal */
  build(table) {
    return new PrimaryKey(table, this.columns, this.name);
  }
};
var PrimaryKey = class {
  constructor(table, columns, name2) {
    this.table = table;
    this.columns = columns;
    this.name = name2;
  }
  static [entityKind] = "PgPrimaryKey";
  columns;
  name;
  getName() {
    return this.name ?? `${this.table[PgTable.Symbol.Name]}_${this.columns.map((column) => column.name).join("_")}_pk`;
  }
};

// node_modules/drizzle-orm/sql/expressions/conditions.js
function bindIfParam(value, column) {
  if (isDriverValueEncoder(column) && !isSQLWrapper(value) && !is(value, Param) && !is(value, Placeholder) && !is(value, Column) && !is(value, Table) && !is(value, View)) {
    return new Param(value, column);
  }
  return value;
}
var eq = (left, right) => {
  return sql`${left} = ${bindIfParam(right, left)}`;
};
var ne = (left, right) => {
  return sql`${left} <> ${bindIfParam(right, left)}`;
};
function and(...unfilteredConditions) {
  const conditions = unfilteredConditions.filter(
    (c) => c !== void 0
  );
  if (conditions.length === 0) {
    return void 0;
  }
  if (conditions.length === 1) {
    return new SQL(conditions);
  }
  return new SQL([
    new StringChunk("("),
    sql.join(conditions, new StringChunk(" and ")),
    new StringChunk(")")
  ]);
}
function or(...unfilteredConditions) {
  const conditions = unfilteredConditions.filter(
    (c) => c !== void 0
  );
  if (conditions.length === 0) {
    return void 0;
  }
  if (conditions.length === 1) {
    return new SQL(conditions);
  }
  return new SQL([
    new StringChunk("("),
    sql.join(conditions, new StringChunk(" or ")),
    new StringChunk(")")
  ]);
}
function not(condition) {
  return sql`not ${condition}`;
}
var gt = (left, right) => {
  return sql`${left} > ${bindIfParam(right, left)}`;
};
var gte = (left, right) => {
  return sql`${left} >= ${bindIfParam(right, left)}`;
};
var lt = (left, right) => {
  return sql`${left} < ${bindIfParam(right, left)}`;
};
var lte = (left, right) => {
  return sql`${left} <= ${bindIfParam(right, left)}`;
};
function inArray(column, values) {
  if (Array.isArray(values)) {
    if (values.length === 0) {
      return sql`false`;
    }
    return sql`${column} in ${values.map((v) => bindIfParam(v, column))}`;
  }
  return sql`${column} in ${bindIfParam(values, column)}`;
}
function notInArray(column, values) {
  if (Array.isArray(values)) {
    if (values.length === 0) {
      return sql`true`;
    }
    return sql`${column} not in ${values.map((v) => bindIfParam(v, column))}`;
  }
  return sql`${column} not in ${bindIfParam(values, column)}`;
}
function isNull(value) {
  return sql`${value} is null`;
}
function isNotNull(value) {
  return sql`${value} is not null`;
}
function exists(subquery) {
  return sql`exists ${subquery}`;
}
function notExists(subquery) {
  return sql`not exists ${subquery}`;
}
function between(column, min, max) {
  return sql`${column} between ${bindIfParam(min, column)} and ${bindIfParam(
    max,
    column
  )}`;
}
function notBetween(column, min, max) {
  return sql`${column} not between ${bindIfParam(
    min,
    column
  )} and ${bindIfParam(max, column)}`;
}
function like(column, value) {
  return sql`${column} like ${value}`;
}
function notLike(column, value) {
  return sql`${column} not like ${value}`;
}
function ilike(column, value) {
  return sql`${column} ilike ${value}`;
}
function notIlike(column, value) {
  return sql`${column} not ilike ${value}`;
}

// node_modules/drizzle-orm/sql/expressions/select.js
function asc(column) {
  return sql`${column} asc`;
}
function desc(column) {
  return sql`${column} desc`;
}

// node_modules/drizzle-orm/relations.js
var Relation = class {
  constructor(sourceTable, referencedTable, relationName) {
    this.sourceTable = sourceTable;
    this.referencedTable = referencedTable;
    this.relationName = relationName;
    this.referencedTableName = referencedTable[Table.Symbol.Name];
  }
  static [entityKind] = "Relation";
  referencedTableName;
  fieldName;
};
var Relations = class {
  constructor(table, config) {
    this.table = table;
    this.config = config;
  }
  static [entityKind] = "Relations";
};
var One = class _One extends Relation {
  constructor(sourceTable, referencedTable, config, isNullable) {
    super(sourceTable, referencedTable, config?.relationName);
    this.config = config;
    this.isNullable = isNullable;
  }
  static [entityKind] = "One";
  withFieldName(fieldName) {
    const relation = new _One(
      this.sourceTable,
      this.referencedTable,
      this.config,
      this.isNullable
    );
    relation.fieldName = fieldName;
    return relation;
  }
};
var Many = class _Many extends Relation {
  constructor(sourceTable, referencedTable, config) {
    super(sourceTable, referencedTable, config?.relationName);
    this.config = config;
  }
  static [entityKind] = "Many";
  withFieldName(fieldName) {
    const relation = new _Many(
      this.sourceTable,
      this.referencedTable,
      this.config
    );
    relation.fieldName = fieldName;
    return relation;
  }
};
function getOperators() {
  return {
    and,
    between,
    eq,
    exists,
    gt,
    gte,
    ilike,
    inArray,
    isNull,
    isNotNull,
    like,
    lt,
    lte,
    ne,
    not,
    notBetween,
    notExists,
    notLike,
    notIlike,
    notInArray,
    or,
    sql
  };
}
function getOrderByOperators() {
  return {
    sql,
    asc,
    desc
  };
}
function extractTablesRelationalConfig(schema, configHelpers) {
  if (Object.keys(schema).length === 1 && "default" in schema && !is(schema["default"], Table)) {
    schema = schema["default"];
  }
  const tableNamesMap = {};
  const relationsBuffer = {};
  const tablesConfig = {};
  for (const [key, value] of Object.entries(schema)) {
    if (is(value, Table)) {
      const dbName = getTableUniqueName(value);
      const bufferedRelations = relationsBuffer[dbName];
      tableNamesMap[dbName] = key;
      tablesConfig[key] = {
        tsName: key,
        dbName: value[Table.Symbol.Name],
        schema: value[Table.Symbol.Schema],
        columns: value[Table.Symbol.Columns],
        relations: bufferedRelations?.relations ?? {},
        primaryKey: bufferedRelations?.primaryKey ?? []
      };
      for (const column of Object.values(
        value[Table.Symbol.Columns]
      )) {
        if (column.primary) {
          tablesConfig[key].primaryKey.push(column);
        }
      }
      const extraConfig = value[Table.Symbol.ExtraConfigBuilder]?.(value[Table.Symbol.ExtraConfigColumns]);
      if (extraConfig) {
        for (const configEntry of Object.values(extraConfig)) {
          if (is(configEntry, PrimaryKeyBuilder)) {
            tablesConfig[key].primaryKey.push(...configEntry.columns);
          }
        }
      }
    } else if (is(value, Relations)) {
      const dbName = getTableUniqueName(value.table);
      const tableName = tableNamesMap[dbName];
      const relations2 = value.config(
        configHelpers(value.table)
      );
      let primaryKey2;
      for (const [relationName, relation] of Object.entries(relations2)) {
        if (tableName) {
          const tableConfig = tablesConfig[tableName];
          tableConfig.relations[relationName] = relation;
          if (primaryKey2) {
            tableConfig.primaryKey.push(...primaryKey2);
          }
        } else {
          if (!(dbName in relationsBuffer)) {
            relationsBuffer[dbName] = {
              relations: {},
              primaryKey: primaryKey2
            };
          }
          relationsBuffer[dbName].relations[relationName] = relation;
        }
      }
    }
  }
  return { tables: tablesConfig, tableNamesMap };
}
function createOne(sourceTable) {
  return function one(table, config) {
    return new One(
      sourceTable,
      table,
      config,
      config?.fields.reduce((res, f2) => res && f2.notNull, true) ?? false
    );
  };
}
function createMany(sourceTable) {
  return function many(referencedTable, config) {
    return new Many(sourceTable, referencedTable, config);
  };
}
function normalizeRelation(schema, tableNamesMap, relation) {
  if (is(relation, One) && relation.config) {
    return {
      fields: relation.config.fields,
      references: relation.config.references
    };
  }
  const referencedTableTsName = tableNamesMap[getTableUniqueName(relation.referencedTable)];
  if (!referencedTableTsName) {
    throw new Error(
      `Table "${relation.referencedTable[Table.Symbol.Name]}" not found in schema`
    );
  }
  const referencedTableConfig = schema[referencedTableTsName];
  if (!referencedTableConfig) {
    throw new Error(`Table "${referencedTableTsName}" not found in schema`);
  }
  const sourceTable = relation.sourceTable;
  const sourceTableTsName = tableNamesMap[getTableUniqueName(sourceTable)];
  if (!sourceTableTsName) {
    throw new Error(
      `Table "${sourceTable[Table.Symbol.Name]}" not found in schema`
    );
  }
  const reverseRelations = [];
  for (const referencedTableRelation of Object.values(
    referencedTableConfig.relations
  )) {
    if (relation.relationName && relation !== referencedTableRelation && referencedTableRelation.relationName === relation.relationName || !relation.relationName && referencedTableRelation.referencedTable === relation.sourceTable) {
      reverseRelations.push(referencedTableRelation);
    }
  }
  if (reverseRelations.length > 1) {
    throw relation.relationName ? new Error(
      `There are multiple relations with name "${relation.relationName}" in table "${referencedTableTsName}"`
    ) : new Error(
      `There are multiple relations between "${referencedTableTsName}" and "${relation.sourceTable[Table.Symbol.Name]}". Please specify relation name`
    );
  }
  if (reverseRelations[0] && is(reverseRelations[0], One) && reverseRelations[0].config) {
    return {
      fields: reverseRelations[0].config.references,
      references: reverseRelations[0].config.fields
    };
  }
  throw new Error(
    `There is not enough information to infer relation "${sourceTableTsName}.${relation.fieldName}"`
  );
}
function createTableRelationsHelpers(sourceTable) {
  return {
    one: createOne(sourceTable),
    many: createMany(sourceTable)
  };
}
function mapRelationalRow(tablesConfig, tableConfig, row, buildQueryResultSelection, mapColumnValue = (value) => value) {
  const result = {};
  for (const [
    selectionItemIndex,
    selectionItem
  ] of buildQueryResultSelection.entries()) {
    if (selectionItem.isJson) {
      const relation = tableConfig.relations[selectionItem.tsKey];
      const rawSubRows = row[selectionItemIndex];
      const subRows = typeof rawSubRows === "string" ? JSON.parse(rawSubRows) : rawSubRows;
      result[selectionItem.tsKey] = is(relation, One) ? subRows && mapRelationalRow(
        tablesConfig,
        tablesConfig[selectionItem.relationTableTsKey],
        subRows,
        selectionItem.selection,
        mapColumnValue
      ) : subRows.map(
        (subRow) => mapRelationalRow(
          tablesConfig,
          tablesConfig[selectionItem.relationTableTsKey],
          subRow,
          selectionItem.selection,
          mapColumnValue
        )
      );
    } else {
      const value = mapColumnValue(row[selectionItemIndex]);
      const field = selectionItem.field;
      let decoder;
      if (is(field, Column)) {
        decoder = field;
      } else if (is(field, SQL)) {
        decoder = field.decoder;
      } else {
        decoder = field.sql.decoder;
      }
      result[selectionItem.tsKey] = value === null ? null : decoder.mapFromDriverValue(value);
    }
  }
  return result;
}

// node_modules/drizzle-orm/better-sqlite3/driver.js
import Client from "better-sqlite3";

// node_modules/drizzle-orm/selection-proxy.js
var SelectionProxyHandler = class _SelectionProxyHandler {
  static [entityKind] = "SelectionProxyHandler";
  config;
  constructor(config) {
    this.config = { ...config };
  }
  get(subquery, prop) {
    if (prop === "_") {
      return {
        ...subquery["_"],
        selectedFields: new Proxy(
          subquery._.selectedFields,
          this
        )
      };
    }
    if (prop === ViewBaseConfig) {
      return {
        ...subquery[ViewBaseConfig],
        selectedFields: new Proxy(
          subquery[ViewBaseConfig].selectedFields,
          this
        )
      };
    }
    if (typeof prop === "symbol") {
      return subquery[prop];
    }
    const columns = is(subquery, Subquery) ? subquery._.selectedFields : is(subquery, View) ? subquery[ViewBaseConfig].selectedFields : subquery;
    const value = columns[prop];
    if (is(value, SQL.Aliased)) {
      if (this.config.sqlAliasedBehavior === "sql" && !value.isSelectionField) {
        return value.sql;
      }
      const newValue = value.clone();
      newValue.isSelectionField = true;
      return newValue;
    }
    if (is(value, SQL)) {
      if (this.config.sqlBehavior === "sql") {
        return value;
      }
      throw new Error(
        `You tried to reference "${prop}" field from a subquery, which is a raw SQL field, but it doesn't have an alias declared. Please add an alias to the field using ".as('alias')" method.`
      );
    }
    if (is(value, Column)) {
      if (this.config.alias) {
        return new Proxy(
          value,
          new ColumnAliasProxyHandler(
            new Proxy(
              value.table,
              new TableAliasProxyHandler(this.config.alias, this.config.replaceOriginalName ?? false)
            )
          )
        );
      }
      return value;
    }
    if (typeof value !== "object" || value === null) {
      return value;
    }
    return new Proxy(value, new _SelectionProxyHandler(this.config));
  }
};

// node_modules/drizzle-orm/sqlite-core/foreign-keys.js
var ForeignKeyBuilder2 = class {
  static [entityKind] = "SQLiteForeignKeyBuilder";
  /** @internal */
  reference;
  /** @internal */
  _onUpdate;
  /** @internal */
  _onDelete;
  constructor(config, actions) {
    this.reference = () => {
      const { name: name2, columns, foreignColumns } = config();
      return { name: name2, columns, foreignTable: foreignColumns[0].table, foreignColumns };
    };
    if (actions) {
      this._onUpdate = actions.onUpdate;
      this._onDelete = actions.onDelete;
    }
  }
  onUpdate(action) {
    this._onUpdate = action;
    return this;
  }
  onDelete(action) {
    this._onDelete = action;
    return this;
  }
  /** @internal */
  build(table) {
    return new ForeignKey2(table, this);
  }
};
var ForeignKey2 = class {
  constructor(table, builder) {
    this.table = table;
    this.reference = builder.reference;
    this.onUpdate = builder._onUpdate;
    this.onDelete = builder._onDelete;
  }
  static [entityKind] = "SQLiteForeignKey";
  reference;
  onUpdate;
  onDelete;
  getName() {
    const { name: name2, columns, foreignColumns } = this.reference();
    const columnNames = columns.map((column) => column.name);
    const foreignColumnNames = foreignColumns.map((column) => column.name);
    const chunks = [
      this.table[TableName],
      ...columnNames,
      foreignColumns[0].table[TableName],
      ...foreignColumnNames
    ];
    return name2 ?? `${chunks.join("_")}_fk`;
  }
};

// node_modules/drizzle-orm/sqlite-core/unique-constraint.js
function uniqueKeyName2(table, columns) {
  return `${table[TableName]}_${columns.join("_")}_unique`;
}
var UniqueConstraintBuilder2 = class {
  constructor(columns, name2) {
    this.name = name2;
    this.columns = columns;
  }
  static [entityKind] = "SQLiteUniqueConstraintBuilder";
  /** @internal */
  columns;
  /** @internal */
  build(table) {
    return new UniqueConstraint2(table, this.columns, this.name);
  }
};
var UniqueOnConstraintBuilder2 = class {
  static [entityKind] = "SQLiteUniqueOnConstraintBuilder";
  /** @internal */
  name;
  constructor(name2) {
    this.name = name2;
  }
  on(...columns) {
    return new UniqueConstraintBuilder2(columns, this.name);
  }
};
var UniqueConstraint2 = class {
  constructor(table, columns, name2) {
    this.table = table;
    this.columns = columns;
    this.name = name2 ?? uniqueKeyName2(this.table, this.columns.map((column) => column.name));
  }
  static [entityKind] = "SQLiteUniqueConstraint";
  columns;
  name;
  getName() {
    return this.name;
  }
};

// node_modules/drizzle-orm/sqlite-core/columns/common.js
var SQLiteColumnBuilder = class extends ColumnBuilder {
  static [entityKind] = "SQLiteColumnBuilder";
  foreignKeyConfigs = [];
  references(ref, actions = {}) {
    this.foreignKeyConfigs.push({ ref, actions });
    return this;
  }
  unique(name2) {
    this.config.isUnique = true;
    this.config.uniqueName = name2;
    return this;
  }
  generatedAlwaysAs(as, config) {
    this.config.generated = {
      as,
      type: "always",
      mode: config?.mode ?? "virtual"
    };
    return this;
  }
  /** @internal */
  buildForeignKeys(column, table) {
    return this.foreignKeyConfigs.map(({ ref, actions }) => {
      return ((ref2, actions2) => {
        const builder = new ForeignKeyBuilder2(() => {
          const foreignColumn = ref2();
          return { columns: [column], foreignColumns: [foreignColumn] };
        });
        if (actions2.onUpdate) {
          builder.onUpdate(actions2.onUpdate);
        }
        if (actions2.onDelete) {
          builder.onDelete(actions2.onDelete);
        }
        return builder.build(table);
      })(ref, actions);
    });
  }
};
var SQLiteColumn = class extends Column {
  constructor(table, config) {
    if (!config.uniqueName) {
      config.uniqueName = uniqueKeyName2(table, [config.name]);
    }
    super(table, config);
    this.table = table;
  }
  static [entityKind] = "SQLiteColumn";
};

// node_modules/drizzle-orm/sqlite-core/columns/blob.js
var SQLiteBigIntBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteBigIntBuilder";
  constructor(name2) {
    super(name2, "bigint", "SQLiteBigInt");
  }
  /** @internal */
  build(table) {
    return new SQLiteBigInt(table, this.config);
  }
};
var SQLiteBigInt = class extends SQLiteColumn {
  static [entityKind] = "SQLiteBigInt";
  getSQLType() {
    return "blob";
  }
  mapFromDriverValue(value) {
    if (typeof Buffer !== "undefined" && Buffer.from) {
      const buf = Buffer.isBuffer(value) ? value : value instanceof ArrayBuffer ? Buffer.from(value) : value.buffer ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : Buffer.from(value);
      return BigInt(buf.toString("utf8"));
    }
    return BigInt(textDecoder.decode(value));
  }
  mapToDriverValue(value) {
    return Buffer.from(value.toString());
  }
};
var SQLiteBlobJsonBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteBlobJsonBuilder";
  constructor(name2) {
    super(name2, "json", "SQLiteBlobJson");
  }
  /** @internal */
  build(table) {
    return new SQLiteBlobJson(
      table,
      this.config
    );
  }
};
var SQLiteBlobJson = class extends SQLiteColumn {
  static [entityKind] = "SQLiteBlobJson";
  getSQLType() {
    return "blob";
  }
  mapFromDriverValue(value) {
    if (typeof Buffer !== "undefined" && Buffer.from) {
      const buf = Buffer.isBuffer(value) ? value : value instanceof ArrayBuffer ? Buffer.from(value) : value.buffer ? Buffer.from(value.buffer, value.byteOffset, value.byteLength) : Buffer.from(value);
      return JSON.parse(buf.toString("utf8"));
    }
    return JSON.parse(textDecoder.decode(value));
  }
  mapToDriverValue(value) {
    return Buffer.from(JSON.stringify(value));
  }
};
var SQLiteBlobBufferBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteBlobBufferBuilder";
  constructor(name2) {
    super(name2, "buffer", "SQLiteBlobBuffer");
  }
  /** @internal */
  build(table) {
    return new SQLiteBlobBuffer(table, this.config);
  }
};
var SQLiteBlobBuffer = class extends SQLiteColumn {
  static [entityKind] = "SQLiteBlobBuffer";
  mapFromDriverValue(value) {
    if (Buffer.isBuffer(value)) {
      return value;
    }
    return Buffer.from(value);
  }
  getSQLType() {
    return "blob";
  }
};
function blob(a, b) {
  const { name: name2, config } = getColumnNameAndConfig(a, b);
  if (config?.mode === "json") {
    return new SQLiteBlobJsonBuilder(name2);
  }
  if (config?.mode === "bigint") {
    return new SQLiteBigIntBuilder(name2);
  }
  return new SQLiteBlobBufferBuilder(name2);
}

// node_modules/drizzle-orm/sqlite-core/columns/custom.js
var SQLiteCustomColumnBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteCustomColumnBuilder";
  constructor(name2, fieldConfig, customTypeParams) {
    super(name2, "custom", "SQLiteCustomColumn");
    this.config.fieldConfig = fieldConfig;
    this.config.customTypeParams = customTypeParams;
  }
  /** @internal */
  build(table) {
    return new SQLiteCustomColumn(
      table,
      this.config
    );
  }
};
var SQLiteCustomColumn = class extends SQLiteColumn {
  static [entityKind] = "SQLiteCustomColumn";
  sqlName;
  mapTo;
  mapFrom;
  constructor(table, config) {
    super(table, config);
    this.sqlName = config.customTypeParams.dataType(config.fieldConfig);
    this.mapTo = config.customTypeParams.toDriver;
    this.mapFrom = config.customTypeParams.fromDriver;
  }
  getSQLType() {
    return this.sqlName;
  }
  mapFromDriverValue(value) {
    return typeof this.mapFrom === "function" ? this.mapFrom(value) : value;
  }
  mapToDriverValue(value) {
    return typeof this.mapTo === "function" ? this.mapTo(value) : value;
  }
};
function customType(customTypeParams) {
  return (a, b) => {
    const { name: name2, config } = getColumnNameAndConfig(a, b);
    return new SQLiteCustomColumnBuilder(
      name2,
      config,
      customTypeParams
    );
  };
}

// node_modules/drizzle-orm/sqlite-core/columns/integer.js
var SQLiteBaseIntegerBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteBaseIntegerBuilder";
  constructor(name2, dataType, columnType) {
    super(name2, dataType, columnType);
    this.config.autoIncrement = false;
  }
  primaryKey(config) {
    if (config?.autoIncrement) {
      this.config.autoIncrement = true;
    }
    this.config.hasDefault = true;
    return super.primaryKey();
  }
};
var SQLiteBaseInteger = class extends SQLiteColumn {
  static [entityKind] = "SQLiteBaseInteger";
  autoIncrement = this.config.autoIncrement;
  getSQLType() {
    return "integer";
  }
};
var SQLiteIntegerBuilder = class extends SQLiteBaseIntegerBuilder {
  static [entityKind] = "SQLiteIntegerBuilder";
  constructor(name2) {
    super(name2, "number", "SQLiteInteger");
  }
  build(table) {
    return new SQLiteInteger(
      table,
      this.config
    );
  }
};
var SQLiteInteger = class extends SQLiteBaseInteger {
  static [entityKind] = "SQLiteInteger";
};
var SQLiteTimestampBuilder = class extends SQLiteBaseIntegerBuilder {
  static [entityKind] = "SQLiteTimestampBuilder";
  constructor(name2, mode) {
    super(name2, "date", "SQLiteTimestamp");
    this.config.mode = mode;
  }
  /**
   * @deprecated Use `default()` with your own expression instead.
   *
   * Adds `DEFAULT (cast((julianday('now') - 2440587.5)*86400000 as integer))` to the column, which is the current epoch timestamp in milliseconds.
   */
  defaultNow() {
    return this.default(sql`(cast((julianday('now') - 2440587.5)*86400000 as integer))`);
  }
  build(table) {
    return new SQLiteTimestamp(
      table,
      this.config
    );
  }
};
var SQLiteTimestamp = class extends SQLiteBaseInteger {
  static [entityKind] = "SQLiteTimestamp";
  mode = this.config.mode;
  mapFromDriverValue(value) {
    if (this.config.mode === "timestamp") {
      return new Date(value * 1e3);
    }
    return new Date(value);
  }
  mapToDriverValue(value) {
    const unix = value.getTime();
    if (this.config.mode === "timestamp") {
      return Math.floor(unix / 1e3);
    }
    return unix;
  }
};
var SQLiteBooleanBuilder = class extends SQLiteBaseIntegerBuilder {
  static [entityKind] = "SQLiteBooleanBuilder";
  constructor(name2, mode) {
    super(name2, "boolean", "SQLiteBoolean");
    this.config.mode = mode;
  }
  build(table) {
    return new SQLiteBoolean(
      table,
      this.config
    );
  }
};
var SQLiteBoolean = class extends SQLiteBaseInteger {
  static [entityKind] = "SQLiteBoolean";
  mode = this.config.mode;
  mapFromDriverValue(value) {
    return Number(value) === 1;
  }
  mapToDriverValue(value) {
    return value ? 1 : 0;
  }
};
function integer(a, b) {
  const { name: name2, config } = getColumnNameAndConfig(a, b);
  if (config?.mode === "timestamp" || config?.mode === "timestamp_ms") {
    return new SQLiteTimestampBuilder(name2, config.mode);
  }
  if (config?.mode === "boolean") {
    return new SQLiteBooleanBuilder(name2, config.mode);
  }
  return new SQLiteIntegerBuilder(name2);
}

// node_modules/drizzle-orm/sqlite-core/columns/numeric.js
var SQLiteNumericBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteNumericBuilder";
  constructor(name2) {
    super(name2, "string", "SQLiteNumeric");
  }
  /** @internal */
  build(table) {
    return new SQLiteNumeric(
      table,
      this.config
    );
  }
};
var SQLiteNumeric = class extends SQLiteColumn {
  static [entityKind] = "SQLiteNumeric";
  mapFromDriverValue(value) {
    if (typeof value === "string") return value;
    return String(value);
  }
  getSQLType() {
    return "numeric";
  }
};
var SQLiteNumericNumberBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteNumericNumberBuilder";
  constructor(name2) {
    super(name2, "number", "SQLiteNumericNumber");
  }
  /** @internal */
  build(table) {
    return new SQLiteNumericNumber(
      table,
      this.config
    );
  }
};
var SQLiteNumericNumber = class extends SQLiteColumn {
  static [entityKind] = "SQLiteNumericNumber";
  mapFromDriverValue(value) {
    if (typeof value === "number") return value;
    return Number(value);
  }
  mapToDriverValue = String;
  getSQLType() {
    return "numeric";
  }
};
var SQLiteNumericBigIntBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteNumericBigIntBuilder";
  constructor(name2) {
    super(name2, "bigint", "SQLiteNumericBigInt");
  }
  /** @internal */
  build(table) {
    return new SQLiteNumericBigInt(
      table,
      this.config
    );
  }
};
var SQLiteNumericBigInt = class extends SQLiteColumn {
  static [entityKind] = "SQLiteNumericBigInt";
  mapFromDriverValue = BigInt;
  mapToDriverValue = String;
  getSQLType() {
    return "numeric";
  }
};
function numeric(a, b) {
  const { name: name2, config } = getColumnNameAndConfig(a, b);
  const mode = config?.mode;
  return mode === "number" ? new SQLiteNumericNumberBuilder(name2) : mode === "bigint" ? new SQLiteNumericBigIntBuilder(name2) : new SQLiteNumericBuilder(name2);
}

// node_modules/drizzle-orm/sqlite-core/columns/real.js
var SQLiteRealBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteRealBuilder";
  constructor(name2) {
    super(name2, "number", "SQLiteReal");
  }
  /** @internal */
  build(table) {
    return new SQLiteReal(table, this.config);
  }
};
var SQLiteReal = class extends SQLiteColumn {
  static [entityKind] = "SQLiteReal";
  getSQLType() {
    return "real";
  }
};
function real(name2) {
  return new SQLiteRealBuilder(name2 ?? "");
}

// node_modules/drizzle-orm/sqlite-core/columns/text.js
var SQLiteTextBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteTextBuilder";
  constructor(name2, config) {
    super(name2, "string", "SQLiteText");
    this.config.enumValues = config.enum;
    this.config.length = config.length;
  }
  /** @internal */
  build(table) {
    return new SQLiteText(
      table,
      this.config
    );
  }
};
var SQLiteText = class extends SQLiteColumn {
  static [entityKind] = "SQLiteText";
  enumValues = this.config.enumValues;
  length = this.config.length;
  constructor(table, config) {
    super(table, config);
  }
  getSQLType() {
    return `text${this.config.length ? `(${this.config.length})` : ""}`;
  }
};
var SQLiteTextJsonBuilder = class extends SQLiteColumnBuilder {
  static [entityKind] = "SQLiteTextJsonBuilder";
  constructor(name2) {
    super(name2, "json", "SQLiteTextJson");
  }
  /** @internal */
  build(table) {
    return new SQLiteTextJson(
      table,
      this.config
    );
  }
};
var SQLiteTextJson = class extends SQLiteColumn {
  static [entityKind] = "SQLiteTextJson";
  getSQLType() {
    return "text";
  }
  mapFromDriverValue(value) {
    return JSON.parse(value);
  }
  mapToDriverValue(value) {
    return JSON.stringify(value);
  }
};
function text(a, b = {}) {
  const { name: name2, config } = getColumnNameAndConfig(a, b);
  if (config.mode === "json") {
    return new SQLiteTextJsonBuilder(name2);
  }
  return new SQLiteTextBuilder(name2, config);
}

// node_modules/drizzle-orm/sqlite-core/columns/all.js
function getSQLiteColumnBuilders() {
  return {
    blob,
    customType,
    integer,
    numeric,
    real,
    text
  };
}

// node_modules/drizzle-orm/sqlite-core/table.js
var InlineForeignKeys2 = /* @__PURE__ */ Symbol.for("drizzle:SQLiteInlineForeignKeys");
var SQLiteTable = class extends Table {
  static [entityKind] = "SQLiteTable";
  /** @internal */
  static Symbol = Object.assign({}, Table.Symbol, {
    InlineForeignKeys: InlineForeignKeys2
  });
  /** @internal */
  [Table.Symbol.Columns];
  /** @internal */
  [InlineForeignKeys2] = [];
  /** @internal */
  [Table.Symbol.ExtraConfigBuilder] = void 0;
};
function sqliteTableBase(name2, columns, extraConfig, schema, baseName = name2) {
  const rawTable = new SQLiteTable(name2, schema, baseName);
  const parsedColumns = typeof columns === "function" ? columns(getSQLiteColumnBuilders()) : columns;
  const builtColumns = Object.fromEntries(
    Object.entries(parsedColumns).map(([name22, colBuilderBase]) => {
      const colBuilder = colBuilderBase;
      colBuilder.setName(name22);
      const column = colBuilder.build(rawTable);
      rawTable[InlineForeignKeys2].push(...colBuilder.buildForeignKeys(column, rawTable));
      return [name22, column];
    })
  );
  const table = Object.assign(rawTable, builtColumns);
  table[Table.Symbol.Columns] = builtColumns;
  table[Table.Symbol.ExtraConfigColumns] = builtColumns;
  if (extraConfig) {
    table[SQLiteTable.Symbol.ExtraConfigBuilder] = extraConfig;
  }
  return table;
}
var sqliteTable = (name2, columns, extraConfig) => {
  return sqliteTableBase(name2, columns, extraConfig);
};

// node_modules/drizzle-orm/sqlite-core/checks.js
var CheckBuilder = class {
  constructor(name2, value) {
    this.name = name2;
    this.value = value;
  }
  static [entityKind] = "SQLiteCheckBuilder";
  brand;
  build(table) {
    return new Check(table, this);
  }
};
var Check = class {
  constructor(table, builder) {
    this.table = table;
    this.name = builder.name;
    this.value = builder.value;
  }
  static [entityKind] = "SQLiteCheck";
  name;
  value;
};
function check(name2, value) {
  return new CheckBuilder(name2, value);
}

// node_modules/drizzle-orm/sqlite-core/indexes.js
var IndexBuilderOn = class {
  constructor(name2, unique) {
    this.name = name2;
    this.unique = unique;
  }
  static [entityKind] = "SQLiteIndexBuilderOn";
  on(...columns) {
    return new IndexBuilder(this.name, columns, this.unique);
  }
};
var IndexBuilder = class {
  static [entityKind] = "SQLiteIndexBuilder";
  /** @internal */
  config;
  constructor(name2, columns, unique) {
    this.config = {
      name: name2,
      columns,
      unique,
      where: void 0
    };
  }
  /**
   * Condition for partial index.
   */
  where(condition) {
    this.config.where = condition;
    return this;
  }
  /** @internal */
  build(table) {
    return new Index(this.config, table);
  }
};
var Index = class {
  static [entityKind] = "SQLiteIndex";
  config;
  constructor(config, table) {
    this.config = { ...config, table };
  }
};
function index(name2) {
  return new IndexBuilderOn(name2, false);
}
function uniqueIndex(name2) {
  return new IndexBuilderOn(name2, true);
}

// node_modules/drizzle-orm/sqlite-core/primary-keys.js
function primaryKey(...config) {
  if (config[0].columns) {
    return new PrimaryKeyBuilder2(config[0].columns, config[0].name);
  }
  return new PrimaryKeyBuilder2(config);
}
var PrimaryKeyBuilder2 = class {
  static [entityKind] = "SQLitePrimaryKeyBuilder";
  /** @internal */
  columns;
  /** @internal */
  name;
  constructor(columns, name2) {
    this.columns = columns;
    this.name = name2;
  }
  /** @internal */
  build(table) {
    return new PrimaryKey2(table, this.columns, this.name);
  }
};
var PrimaryKey2 = class {
  constructor(table, columns, name2) {
    this.table = table;
    this.columns = columns;
    this.name = name2;
  }
  static [entityKind] = "SQLitePrimaryKey";
  columns;
  name;
  getName() {
    return this.name ?? `${this.table[SQLiteTable.Symbol.Name]}_${this.columns.map((column) => column.name).join("_")}_pk`;
  }
};

// node_modules/drizzle-orm/sqlite-core/utils.js
function extractUsedTable(table) {
  if (is(table, SQLiteTable)) {
    return [`${table[Table.Symbol.BaseName]}`];
  }
  if (is(table, Subquery)) {
    return table._.usedTables ?? [];
  }
  if (is(table, SQL)) {
    return table.usedTables ?? [];
  }
  return [];
}

// node_modules/drizzle-orm/sqlite-core/query-builders/delete.js
var SQLiteDeleteBase = class extends QueryPromise {
  constructor(table, session2, dialect, withList) {
    super();
    this.table = table;
    this.session = session2;
    this.dialect = dialect;
    this.config = { table, withList };
  }
  static [entityKind] = "SQLiteDelete";
  /** @internal */
  config;
  /**
   * Adds a `where` clause to the query.
   *
   * Calling this method will delete only those rows that fulfill a specified condition.
   *
   * See docs: {@link https://orm.drizzle.team/docs/delete}
   *
   * @param where the `where` clause.
   *
   * @example
   * You can use conditional operators and `sql function` to filter the rows to be deleted.
   *
   * ```ts
   * // Delete all cars with green color
   * db.delete(cars).where(eq(cars.color, 'green'));
   * // or
   * db.delete(cars).where(sql`${cars.color} = 'green'`)
   * ```
   *
   * You can logically combine conditional operators with `and()` and `or()` operators:
   *
   * ```ts
   * // Delete all BMW cars with a green color
   * db.delete(cars).where(and(eq(cars.color, 'green'), eq(cars.brand, 'BMW')));
   *
   * // Delete all cars with the green or blue color
   * db.delete(cars).where(or(eq(cars.color, 'green'), eq(cars.color, 'blue')));
   * ```
   */
  where(where) {
    this.config.where = where;
    return this;
  }
  orderBy(...columns) {
    if (typeof columns[0] === "function") {
      const orderBy = columns[0](
        new Proxy(
          this.config.table[Table.Symbol.Columns],
          new SelectionProxyHandler({ sqlAliasedBehavior: "alias", sqlBehavior: "sql" })
        )
      );
      const orderByArray = Array.isArray(orderBy) ? orderBy : [orderBy];
      this.config.orderBy = orderByArray;
    } else {
      const orderByArray = columns;
      this.config.orderBy = orderByArray;
    }
    return this;
  }
  limit(limit) {
    this.config.limit = limit;
    return this;
  }
  returning(fields = this.table[SQLiteTable.Symbol.Columns]) {
    this.config.returning = orderSelectedFields(fields);
    return this;
  }
  /** @internal */
  getSQL() {
    return this.dialect.buildDeleteQuery(this.config);
  }
  toSQL() {
    const { typings: _typings, ...rest } = this.dialect.sqlToQuery(this.getSQL());
    return rest;
  }
  /** @internal */
  _prepare(isOneTimeQuery = true) {
    return this.session[isOneTimeQuery ? "prepareOneTimeQuery" : "prepareQuery"](
      this.dialect.sqlToQuery(this.getSQL()),
      this.config.returning,
      this.config.returning ? "all" : "run",
      true,
      void 0,
      {
        type: "delete",
        tables: extractUsedTable(this.config.table)
      }
    );
  }
  prepare() {
    return this._prepare(false);
  }
  run = (placeholderValues) => {
    return this._prepare().run(placeholderValues);
  };
  all = (placeholderValues) => {
    return this._prepare().all(placeholderValues);
  };
  get = (placeholderValues) => {
    return this._prepare().get(placeholderValues);
  };
  values = (placeholderValues) => {
    return this._prepare().values(placeholderValues);
  };
  async execute(placeholderValues) {
    return this._prepare().execute(placeholderValues);
  }
  $dynamic() {
    return this;
  }
};

// node_modules/drizzle-orm/casing.js
function toSnakeCase(input) {
  const words = input.replace(/['\u2019]/g, "").match(/[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g) ?? [];
  return words.map((word) => word.toLowerCase()).join("_");
}
function toCamelCase(input) {
  const words = input.replace(/['\u2019]/g, "").match(/[\da-z]+|[A-Z]+(?![a-z])|[A-Z][\da-z]+/g) ?? [];
  return words.reduce((acc, word, i) => {
    const formattedWord = i === 0 ? word.toLowerCase() : `${word[0].toUpperCase()}${word.slice(1)}`;
    return acc + formattedWord;
  }, "");
}
function noopCase(input) {
  return input;
}
var CasingCache = class {
  static [entityKind] = "CasingCache";
  /** @internal */
  cache = {};
  cachedTables = {};
  convert;
  constructor(casing) {
    this.convert = casing === "snake_case" ? toSnakeCase : casing === "camelCase" ? toCamelCase : noopCase;
  }
  getColumnCasing(column) {
    if (!column.keyAsName) return column.name;
    const schema = column.table[Table.Symbol.Schema] ?? "public";
    const tableName = column.table[Table.Symbol.OriginalName];
    const key = `${schema}.${tableName}.${column.name}`;
    if (!this.cache[key]) {
      this.cacheTable(column.table);
    }
    return this.cache[key];
  }
  cacheTable(table) {
    const schema = table[Table.Symbol.Schema] ?? "public";
    const tableName = table[Table.Symbol.OriginalName];
    const tableKey = `${schema}.${tableName}`;
    if (!this.cachedTables[tableKey]) {
      for (const column of Object.values(table[Table.Symbol.Columns])) {
        const columnKey = `${tableKey}.${column.name}`;
        this.cache[columnKey] = this.convert(column.name);
      }
      this.cachedTables[tableKey] = true;
    }
  }
  clearCache() {
    this.cache = {};
    this.cachedTables = {};
  }
};

// node_modules/drizzle-orm/sqlite-core/view-base.js
var SQLiteViewBase = class extends View {
  static [entityKind] = "SQLiteViewBase";
};

// node_modules/drizzle-orm/sqlite-core/dialect.js
var SQLiteDialect = class {
  static [entityKind] = "SQLiteDialect";
  /** @internal */
  casing;
  constructor(config) {
    this.casing = new CasingCache(config?.casing);
  }
  escapeName(name2) {
    return `"${name2.replace(/"/g, '""')}"`;
  }
  escapeParam(_num) {
    return "?";
  }
  escapeString(str) {
    return `'${str.replace(/'/g, "''")}'`;
  }
  buildWithCTE(queries) {
    if (!queries?.length) return void 0;
    const withSqlChunks = [sql`with `];
    for (const [i, w] of queries.entries()) {
      withSqlChunks.push(sql`${sql.identifier(w._.alias)} as (${w._.sql})`);
      if (i < queries.length - 1) {
        withSqlChunks.push(sql`, `);
      }
    }
    withSqlChunks.push(sql` `);
    return sql.join(withSqlChunks);
  }
  buildDeleteQuery({
    table,
    where,
    returning,
    withList,
    limit,
    orderBy
  }) {
    const withSql = this.buildWithCTE(withList);
    const returningSql = returning ? sql` returning ${this.buildSelection(returning, { isSingleTable: true })}` : void 0;
    const whereSql = where ? sql` where ${where}` : void 0;
    const orderBySql = this.buildOrderBy(orderBy);
    const limitSql = this.buildLimit(limit);
    return sql`${withSql}delete from ${table}${whereSql}${returningSql}${orderBySql}${limitSql}`;
  }
  buildUpdateSet(table, set) {
    const tableColumns = table[Table.Symbol.Columns];
    const columnNames = Object.keys(tableColumns).filter(
      (colName) => set[colName] !== void 0 || tableColumns[colName]?.onUpdateFn !== void 0
    );
    const setSize = columnNames.length;
    return sql.join(
      columnNames.flatMap((colName, i) => {
        const col = tableColumns[colName];
        const onUpdateFnResult = col.onUpdateFn?.();
        const value = set[colName] ?? (is(onUpdateFnResult, SQL) ? onUpdateFnResult : sql.param(onUpdateFnResult, col));
        const res = sql`${sql.identifier(this.casing.getColumnCasing(col))} = ${value}`;
        if (i < setSize - 1) {
          return [res, sql.raw(", ")];
        }
        return [res];
      })
    );
  }
  buildUpdateQuery({
    table,
    set,
    where,
    returning,
    withList,
    joins,
    from,
    limit,
    orderBy
  }) {
    const withSql = this.buildWithCTE(withList);
    const setSql = this.buildUpdateSet(table, set);
    const fromSql = from && sql.join([sql.raw(" from "), this.buildFromTable(from)]);
    const joinsSql = this.buildJoins(joins);
    const returningSql = returning ? sql` returning ${this.buildSelection(returning, { isSingleTable: true })}` : void 0;
    const whereSql = where ? sql` where ${where}` : void 0;
    const orderBySql = this.buildOrderBy(orderBy);
    const limitSql = this.buildLimit(limit);
    return sql`${withSql}update ${table} set ${setSql}${fromSql}${joinsSql}${whereSql}${returningSql}${orderBySql}${limitSql}`;
  }
  /**
   * Builds selection SQL with provided fields/expressions
   *
   * Examples:
   *
   * `select <selection> from`
   *
   * `insert ... returning <selection>`
   *
   * If `isSingleTable` is true, then columns won't be prefixed with table name
   */
  buildSelection(fields, { isSingleTable = false } = {}) {
    const columnsLen = fields.length;
    const chunks = fields.flatMap(({ field }, i) => {
      const chunk = [];
      if (is(field, SQL.Aliased) && field.isSelectionField) {
        chunk.push(sql.identifier(field.fieldAlias));
      } else if (is(field, SQL.Aliased) || is(field, SQL)) {
        const query = is(field, SQL.Aliased) ? field.sql : field;
        if (isSingleTable) {
          chunk.push(
            new SQL(
              query.queryChunks.map((c) => {
                if (is(c, Column)) {
                  return sql.identifier(this.casing.getColumnCasing(c));
                }
                return c;
              })
            )
          );
        } else {
          chunk.push(query);
        }
        if (is(field, SQL.Aliased)) {
          chunk.push(sql` as ${sql.identifier(field.fieldAlias)}`);
        }
      } else if (is(field, Column)) {
        const tableName = field.table[Table.Symbol.Name];
        if (field.columnType === "SQLiteNumericBigInt") {
          if (isSingleTable) {
            chunk.push(
              sql`cast(${sql.identifier(this.casing.getColumnCasing(field))} as text)`
            );
          } else {
            chunk.push(
              sql`cast(${sql.identifier(tableName)}.${sql.identifier(this.casing.getColumnCasing(field))} as text)`
            );
          }
        } else {
          if (isSingleTable) {
            chunk.push(sql.identifier(this.casing.getColumnCasing(field)));
          } else {
            chunk.push(
              sql`${sql.identifier(tableName)}.${sql.identifier(this.casing.getColumnCasing(field))}`
            );
          }
        }
      } else if (is(field, Subquery)) {
        const entries = Object.entries(field._.selectedFields);
        if (entries.length === 1) {
          const entry = entries[0][1];
          const fieldDecoder = is(entry, SQL) ? entry.decoder : is(entry, Column) ? { mapFromDriverValue: (v) => entry.mapFromDriverValue(v) } : entry.sql.decoder;
          if (fieldDecoder) field._.sql.decoder = fieldDecoder;
        }
        chunk.push(field);
      }
      if (i < columnsLen - 1) {
        chunk.push(sql`, `);
      }
      return chunk;
    });
    return sql.join(chunks);
  }
  buildJoins(joins) {
    if (!joins || joins.length === 0) {
      return void 0;
    }
    const joinsArray = [];
    if (joins) {
      for (const [index2, joinMeta] of joins.entries()) {
        if (index2 === 0) {
          joinsArray.push(sql` `);
        }
        const table = joinMeta.table;
        const onSql = joinMeta.on ? sql` on ${joinMeta.on}` : void 0;
        if (is(table, SQLiteTable)) {
          const tableName = table[SQLiteTable.Symbol.Name];
          const tableSchema = table[SQLiteTable.Symbol.Schema];
          const origTableName = table[SQLiteTable.Symbol.OriginalName];
          const alias = tableName === origTableName ? void 0 : joinMeta.alias;
          joinsArray.push(
            sql`${sql.raw(joinMeta.joinType)} join ${tableSchema ? sql`${sql.identifier(tableSchema)}.` : void 0}${sql.identifier(
              origTableName
            )}${alias && sql` ${sql.identifier(alias)}`}${onSql}`
          );
        } else {
          joinsArray.push(
            sql`${sql.raw(joinMeta.joinType)} join ${table}${onSql}`
          );
        }
        if (index2 < joins.length - 1) {
          joinsArray.push(sql` `);
        }
      }
    }
    return sql.join(joinsArray);
  }
  buildLimit(limit) {
    return typeof limit === "object" || typeof limit === "number" && limit >= 0 ? sql` limit ${limit}` : void 0;
  }
  buildOrderBy(orderBy) {
    const orderByList = [];
    if (orderBy) {
      for (const [index2, orderByValue] of orderBy.entries()) {
        orderByList.push(orderByValue);
        if (index2 < orderBy.length - 1) {
          orderByList.push(sql`, `);
        }
      }
    }
    return orderByList.length > 0 ? sql` order by ${sql.join(orderByList)}` : void 0;
  }
  buildFromTable(table) {
    if (is(table, Table) && table[Table.Symbol.IsAlias]) {
      return sql`${sql`${sql.identifier(table[Table.Symbol.Schema] ?? "")}.`.if(table[Table.Symbol.Schema])}${sql.identifier(
        table[Table.Symbol.OriginalName]
      )} ${sql.identifier(table[Table.Symbol.Name])}`;
    }
    return table;
  }
  buildSelectQuery({
    withList,
    fields,
    fieldsFlat,
    where,
    having,
    table,
    joins,
    orderBy,
    groupBy,
    limit,
    offset,
    distinct,
    setOperators
  }) {
    const fieldsList = fieldsFlat ?? orderSelectedFields(fields);
    for (const f2 of fieldsList) {
      if (is(f2.field, Column) && getTableName(f2.field.table) !== (is(table, Subquery) ? table._.alias : is(table, SQLiteViewBase) ? table[ViewBaseConfig].name : is(table, SQL) ? void 0 : getTableName(table)) && !((table2) => joins?.some(
        ({ alias }) => alias === (table2[Table.Symbol.IsAlias] ? getTableName(table2) : table2[Table.Symbol.BaseName])
      ))(f2.field.table)) {
        const tableName = getTableName(f2.field.table);
        throw new Error(
          `Your "${f2.path.join(
            "->"
          )}" field references a column "${tableName}"."${f2.field.name}", but the table "${tableName}" is not part of the query! Did you forget to join it?`
        );
      }
    }
    const isSingleTable = !joins || joins.length === 0;
    const withSql = this.buildWithCTE(withList);
    const distinctSql = distinct ? sql` distinct` : void 0;
    const selection = this.buildSelection(fieldsList, { isSingleTable });
    const tableSql = this.buildFromTable(table);
    const joinsSql = this.buildJoins(joins);
    const whereSql = where ? sql` where ${where}` : void 0;
    const havingSql = having ? sql` having ${having}` : void 0;
    const groupByList = [];
    if (groupBy) {
      for (const [index2, groupByValue] of groupBy.entries()) {
        groupByList.push(groupByValue);
        if (index2 < groupBy.length - 1) {
          groupByList.push(sql`, `);
        }
      }
    }
    const groupBySql = groupByList.length > 0 ? sql` group by ${sql.join(groupByList)}` : void 0;
    const orderBySql = this.buildOrderBy(orderBy);
    const limitSql = this.buildLimit(limit);
    const offsetSql = offset ? sql` offset ${offset}` : void 0;
    const finalQuery = sql`${withSql}select${distinctSql} ${selection} from ${tableSql}${joinsSql}${whereSql}${groupBySql}${havingSql}${orderBySql}${limitSql}${offsetSql}`;
    if (setOperators.length > 0) {
      return this.buildSetOperations(finalQuery, setOperators);
    }
    return finalQuery;
  }
  buildSetOperations(leftSelect, setOperators) {
    const [setOperator, ...rest] = setOperators;
    if (!setOperator) {
      throw new Error("Cannot pass undefined values to any set operator");
    }
    if (rest.length === 0) {
      return this.buildSetOperationQuery({ leftSelect, setOperator });
    }
    return this.buildSetOperations(
      this.buildSetOperationQuery({ leftSelect, setOperator }),
      rest
    );
  }
  buildSetOperationQuery({
    leftSelect,
    setOperator: { type, isAll, rightSelect, limit, orderBy, offset }
  }) {
    const leftChunk = sql`${leftSelect.getSQL()} `;
    const rightChunk = sql`${rightSelect.getSQL()}`;
    let orderBySql;
    if (orderBy && orderBy.length > 0) {
      const orderByValues = [];
      for (const singleOrderBy of orderBy) {
        if (is(singleOrderBy, SQLiteColumn)) {
          orderByValues.push(sql.identifier(singleOrderBy.name));
        } else if (is(singleOrderBy, SQL)) {
          for (let i = 0; i < singleOrderBy.queryChunks.length; i++) {
            const chunk = singleOrderBy.queryChunks[i];
            if (is(chunk, SQLiteColumn)) {
              singleOrderBy.queryChunks[i] = sql.identifier(
                this.casing.getColumnCasing(chunk)
              );
            }
          }
          orderByValues.push(sql`${singleOrderBy}`);
        } else {
          orderByValues.push(sql`${singleOrderBy}`);
        }
      }
      orderBySql = sql` order by ${sql.join(orderByValues, sql`, `)}`;
    }
    const limitSql = typeof limit === "object" || typeof limit === "number" && limit >= 0 ? sql` limit ${limit}` : void 0;
    const operatorChunk = sql.raw(`${type} ${isAll ? "all " : ""}`);
    const offsetSql = offset ? sql` offset ${offset}` : void 0;
    return sql`${leftChunk}${operatorChunk}${rightChunk}${orderBySql}${limitSql}${offsetSql}`;
  }
  buildInsertQuery({
    table,
    values: valuesOrSelect,
    onConflict,
    returning,
    withList,
    select
  }) {
    const valuesSqlList = [];
    const columns = table[Table.Symbol.Columns];
    const colEntries = Object.entries(columns).filter(
      ([_, col]) => !col.shouldDisableInsert()
    );
    const insertOrder = colEntries.map(([, column]) => sql.identifier(this.casing.getColumnCasing(column)));
    if (select) {
      const select2 = valuesOrSelect;
      if (is(select2, SQL)) {
        valuesSqlList.push(select2);
      } else {
        valuesSqlList.push(select2.getSQL());
      }
    } else {
      const values = valuesOrSelect;
      valuesSqlList.push(sql.raw("values "));
      for (const [valueIndex, value] of values.entries()) {
        const valueList = [];
        for (const [fieldName, col] of colEntries) {
          const colValue = value[fieldName];
          if (colValue === void 0 || is(colValue, Param) && colValue.value === void 0) {
            let defaultValue;
            if (col.default !== null && col.default !== void 0) {
              defaultValue = is(col.default, SQL) ? col.default : sql.param(col.default, col);
            } else if (col.defaultFn !== void 0) {
              const defaultFnResult = col.defaultFn();
              defaultValue = is(defaultFnResult, SQL) ? defaultFnResult : sql.param(defaultFnResult, col);
            } else if (!col.default && col.onUpdateFn !== void 0) {
              const onUpdateFnResult = col.onUpdateFn();
              defaultValue = is(onUpdateFnResult, SQL) ? onUpdateFnResult : sql.param(onUpdateFnResult, col);
            } else {
              defaultValue = sql`null`;
            }
            valueList.push(defaultValue);
          } else {
            valueList.push(colValue);
          }
        }
        valuesSqlList.push(valueList);
        if (valueIndex < values.length - 1) {
          valuesSqlList.push(sql`, `);
        }
      }
    }
    const withSql = this.buildWithCTE(withList);
    const valuesSql = sql.join(valuesSqlList);
    const returningSql = returning ? sql` returning ${this.buildSelection(returning, { isSingleTable: true })}` : void 0;
    const onConflictSql = onConflict?.length ? sql.join(onConflict) : void 0;
    return sql`${withSql}insert into ${table} ${insertOrder} ${valuesSql}${onConflictSql}${returningSql}`;
  }
  sqlToQuery(sql2, invokeSource) {
    return sql2.toQuery({
      casing: this.casing,
      escapeName: this.escapeName,
      escapeParam: this.escapeParam,
      escapeString: this.escapeString,
      invokeSource
    });
  }
  buildRelationalQuery({
    fullSchema,
    schema,
    tableNamesMap,
    table,
    tableConfig,
    queryConfig: config,
    tableAlias,
    nestedQueryRelation,
    joinOn
  }) {
    let selection = [];
    let limit, offset, orderBy = [], where;
    const joins = [];
    if (config === true) {
      const selectionEntries = Object.entries(tableConfig.columns);
      selection = selectionEntries.map(([key, value]) => ({
        dbKey: value.name,
        tsKey: key,
        field: aliasedTableColumn(value, tableAlias),
        relationTableTsKey: void 0,
        isJson: false,
        selection: []
      }));
    } else {
      const aliasedColumns = Object.fromEntries(
        Object.entries(tableConfig.columns).map(([key, value]) => [
          key,
          aliasedTableColumn(value, tableAlias)
        ])
      );
      if (config.where) {
        const whereSql = typeof config.where === "function" ? config.where(aliasedColumns, getOperators()) : config.where;
        where = whereSql && mapColumnsInSQLToAlias(whereSql, tableAlias);
      }
      const fieldsSelection = [];
      let selectedColumns = [];
      if (config.columns) {
        let isIncludeMode = false;
        for (const [field, value] of Object.entries(config.columns)) {
          if (value === void 0) {
            continue;
          }
          if (field in tableConfig.columns) {
            if (!isIncludeMode && value === true) {
              isIncludeMode = true;
            }
            selectedColumns.push(field);
          }
        }
        if (selectedColumns.length > 0) {
          selectedColumns = isIncludeMode ? selectedColumns.filter((c) => config.columns?.[c] === true) : Object.keys(tableConfig.columns).filter(
            (key) => !selectedColumns.includes(key)
          );
        }
      } else {
        selectedColumns = Object.keys(tableConfig.columns);
      }
      for (const field of selectedColumns) {
        const column = tableConfig.columns[field];
        fieldsSelection.push({ tsKey: field, value: column });
      }
      let selectedRelations = [];
      if (config.with) {
        selectedRelations = Object.entries(config.with).filter(
          (entry) => !!entry[1]
        ).map(([tsKey, queryConfig]) => ({
          tsKey,
          queryConfig,
          relation: tableConfig.relations[tsKey]
        }));
      }
      let extras;
      if (config.extras) {
        extras = typeof config.extras === "function" ? config.extras(aliasedColumns, { sql }) : config.extras;
        for (const [tsKey, value] of Object.entries(extras)) {
          fieldsSelection.push({
            tsKey,
            value: mapColumnsInAliasedSQLToAlias(value, tableAlias)
          });
        }
      }
      for (const { tsKey, value } of fieldsSelection) {
        selection.push({
          dbKey: is(value, SQL.Aliased) ? value.fieldAlias : tableConfig.columns[tsKey].name,
          tsKey,
          field: is(value, Column) ? aliasedTableColumn(value, tableAlias) : value,
          relationTableTsKey: void 0,
          isJson: false,
          selection: []
        });
      }
      let orderByOrig = typeof config.orderBy === "function" ? config.orderBy(aliasedColumns, getOrderByOperators()) : config.orderBy ?? [];
      if (!Array.isArray(orderByOrig)) {
        orderByOrig = [orderByOrig];
      }
      orderBy = orderByOrig.map((orderByValue) => {
        if (is(orderByValue, Column)) {
          return aliasedTableColumn(orderByValue, tableAlias);
        }
        return mapColumnsInSQLToAlias(orderByValue, tableAlias);
      });
      limit = config.limit;
      offset = config.offset;
      for (const {
        tsKey: selectedRelationTsKey,
        queryConfig: selectedRelationConfigValue,
        relation
      } of selectedRelations) {
        const normalizedRelation = normalizeRelation(
          schema,
          tableNamesMap,
          relation
        );
        const relationTableName = getTableUniqueName(relation.referencedTable);
        const relationTableTsName = tableNamesMap[relationTableName];
        const relationTableAlias = `${tableAlias}_${selectedRelationTsKey}`;
        const joinOn2 = and(
          ...normalizedRelation.fields.map(
            (field2, i) => eq(
              aliasedTableColumn(
                normalizedRelation.references[i],
                relationTableAlias
              ),
              aliasedTableColumn(field2, tableAlias)
            )
          )
        );
        const builtRelation = this.buildRelationalQuery({
          fullSchema,
          schema,
          tableNamesMap,
          table: fullSchema[relationTableTsName],
          tableConfig: schema[relationTableTsName],
          queryConfig: is(relation, One) ? selectedRelationConfigValue === true ? { limit: 1 } : { ...selectedRelationConfigValue, limit: 1 } : selectedRelationConfigValue,
          tableAlias: relationTableAlias,
          joinOn: joinOn2,
          nestedQueryRelation: relation
        });
        const field = sql`(${builtRelation.sql})`.as(selectedRelationTsKey);
        selection.push({
          dbKey: selectedRelationTsKey,
          tsKey: selectedRelationTsKey,
          field,
          relationTableTsKey: relationTableTsName,
          isJson: true,
          selection: builtRelation.selection
        });
      }
    }
    if (selection.length === 0) {
      throw new DrizzleError({
        message: `No fields selected for table "${tableConfig.tsName}" ("${tableAlias}"). You need to have at least one item in "columns", "with" or "extras". If you need to select all columns, omit the "columns" key or set it to undefined.`
      });
    }
    let result;
    where = and(joinOn, where);
    if (nestedQueryRelation) {
      let field = sql`json_array(${sql.join(
        selection.map(
          ({ field: field2 }) => is(field2, SQLiteColumn) ? sql.identifier(this.casing.getColumnCasing(field2)) : is(field2, SQL.Aliased) ? field2.sql : field2
        ),
        sql`, `
      )})`;
      if (is(nestedQueryRelation, Many)) {
        field = sql`coalesce(json_group_array(${field}), json_array())`;
      }
      const nestedSelection = [
        {
          dbKey: "data",
          tsKey: "data",
          field: field.as("data"),
          isJson: true,
          relationTableTsKey: tableConfig.tsName,
          selection
        }
      ];
      const needsSubquery = limit !== void 0 || offset !== void 0 || orderBy.length > 0;
      if (needsSubquery) {
        result = this.buildSelectQuery({
          table: aliasedTable(table, tableAlias),
          fields: {},
          fieldsFlat: [
            {
              path: [],
              field: sql.raw("*")
            }
          ],
          where,
          limit,
          offset,
          orderBy,
          setOperators: []
        });
        where = void 0;
        limit = void 0;
        offset = void 0;
        orderBy = void 0;
      } else {
        result = aliasedTable(table, tableAlias);
      }
      result = this.buildSelectQuery({
        table: is(result, SQLiteTable) ? result : new Subquery(result, {}, tableAlias),
        fields: {},
        fieldsFlat: nestedSelection.map(({ field: field2 }) => ({
          path: [],
          field: is(field2, Column) ? aliasedTableColumn(field2, tableAlias) : field2
        })),
        joins,
        where,
        limit,
        offset,
        orderBy,
        setOperators: []
      });
    } else {
      result = this.buildSelectQuery({
        table: aliasedTable(table, tableAlias),
        fields: {},
        fieldsFlat: selection.map(({ field }) => ({
          path: [],
          field: is(field, Column) ? aliasedTableColumn(field, tableAlias) : field
        })),
        joins,
        where,
        limit,
        offset,
        orderBy,
        setOperators: []
      });
    }
    return {
      tableTsKey: tableConfig.tsName,
      sql: result,
      selection
    };
  }
};
var SQLiteSyncDialect = class extends SQLiteDialect {
  static [entityKind] = "SQLiteSyncDialect";
  migrate(migrations, session2, config) {
    const migrationsTable = config === void 0 ? "__drizzle_migrations" : typeof config === "string" ? "__drizzle_migrations" : config.migrationsTable ?? "__drizzle_migrations";
    const migrationTableCreate = sql`
			CREATE TABLE IF NOT EXISTS ${sql.identifier(migrationsTable)} (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at numeric
			)
		`;
    session2.run(migrationTableCreate);
    const dbMigrations = session2.values(
      sql`SELECT id, hash, created_at FROM ${sql.identifier(migrationsTable)} ORDER BY created_at DESC LIMIT 1`
    );
    const lastDbMigration = dbMigrations[0] ?? void 0;
    session2.run(sql`BEGIN`);
    try {
      for (const migration of migrations) {
        if (!lastDbMigration || Number(lastDbMigration[2]) < migration.folderMillis) {
          for (const stmt of migration.sql) {
            session2.run(sql.raw(stmt));
          }
          session2.run(
            sql`INSERT INTO ${sql.identifier(
              migrationsTable
            )} ("hash", "created_at") VALUES(${migration.hash}, ${migration.folderMillis})`
          );
        }
      }
      session2.run(sql`COMMIT`);
    } catch (e) {
      session2.run(sql`ROLLBACK`);
      throw e;
    }
  }
};
var SQLiteAsyncDialect = class extends SQLiteDialect {
  static [entityKind] = "SQLiteAsyncDialect";
  async migrate(migrations, session2, config) {
    const migrationsTable = config === void 0 ? "__drizzle_migrations" : typeof config === "string" ? "__drizzle_migrations" : config.migrationsTable ?? "__drizzle_migrations";
    const migrationTableCreate = sql`
			CREATE TABLE IF NOT EXISTS ${sql.identifier(migrationsTable)} (
				id SERIAL PRIMARY KEY,
				hash text NOT NULL,
				created_at numeric
			)
		`;
    await session2.run(migrationTableCreate);
    const dbMigrations = await session2.values(
      sql`SELECT id, hash, created_at FROM ${sql.identifier(migrationsTable)} ORDER BY created_at DESC LIMIT 1`
    );
    const lastDbMigration = dbMigrations[0] ?? void 0;
    await session2.transaction(async (tx) => {
      for (const migration of migrations) {
        if (!lastDbMigration || Number(lastDbMigration[2]) < migration.folderMillis) {
          for (const stmt of migration.sql) {
            await tx.run(sql.raw(stmt));
          }
          await tx.run(
            sql`INSERT INTO ${sql.identifier(
              migrationsTable
            )} ("hash", "created_at") VALUES(${migration.hash}, ${migration.folderMillis})`
          );
        }
      }
    });
  }
};

// node_modules/drizzle-orm/query-builders/query-builder.js
var TypedQueryBuilder = class {
  static [entityKind] = "TypedQueryBuilder";
  /** @internal */
  getSelectedFields() {
    return this._.selectedFields;
  }
};

// node_modules/drizzle-orm/sqlite-core/query-builders/select.js
var SQLiteSelectBuilder = class {
  static [entityKind] = "SQLiteSelectBuilder";
  fields;
  session;
  dialect;
  withList;
  distinct;
  constructor(config) {
    this.fields = config.fields;
    this.session = config.session;
    this.dialect = config.dialect;
    this.withList = config.withList;
    this.distinct = config.distinct;
  }
  from(source) {
    const isPartialSelect = !!this.fields;
    let fields;
    if (this.fields) {
      fields = this.fields;
    } else if (is(source, Subquery)) {
      fields = Object.fromEntries(
        Object.keys(source._.selectedFields).map((key) => [key, source[key]])
      );
    } else if (is(source, SQLiteViewBase)) {
      fields = source[ViewBaseConfig].selectedFields;
    } else if (is(source, SQL)) {
      fields = {};
    } else {
      fields = getTableColumns(source);
    }
    return new SQLiteSelectBase({
      table: source,
      fields,
      isPartialSelect,
      session: this.session,
      dialect: this.dialect,
      withList: this.withList,
      distinct: this.distinct
    });
  }
};
var SQLiteSelectQueryBuilderBase = class extends TypedQueryBuilder {
  static [entityKind] = "SQLiteSelectQueryBuilder";
  _;
  /** @internal */
  config;
  joinsNotNullableMap;
  tableName;
  isPartialSelect;
  session;
  dialect;
  cacheConfig = void 0;
  usedTables = /* @__PURE__ */ new Set();
  constructor({ table, fields, isPartialSelect, session: session2, dialect, withList, distinct }) {
    super();
    this.config = {
      withList,
      table,
      fields: { ...fields },
      distinct,
      setOperators: []
    };
    this.isPartialSelect = isPartialSelect;
    this.session = session2;
    this.dialect = dialect;
    this._ = {
      selectedFields: fields,
      config: this.config
    };
    this.tableName = getTableLikeName(table);
    this.joinsNotNullableMap = typeof this.tableName === "string" ? { [this.tableName]: true } : {};
    for (const item of extractUsedTable(table)) this.usedTables.add(item);
  }
  /** @internal */
  getUsedTables() {
    return [...this.usedTables];
  }
  createJoin(joinType) {
    return (table, on) => {
      const baseTableName = this.tableName;
      const tableName = getTableLikeName(table);
      for (const item of extractUsedTable(table)) this.usedTables.add(item);
      if (typeof tableName === "string" && this.config.joins?.some((join2) => join2.alias === tableName)) {
        throw new Error(`Alias "${tableName}" is already used in this query`);
      }
      if (!this.isPartialSelect) {
        if (Object.keys(this.joinsNotNullableMap).length === 1 && typeof baseTableName === "string") {
          this.config.fields = {
            [baseTableName]: this.config.fields
          };
        }
        if (typeof tableName === "string" && !is(table, SQL)) {
          const selection = is(table, Subquery) ? table._.selectedFields : is(table, View) ? table[ViewBaseConfig].selectedFields : table[Table.Symbol.Columns];
          this.config.fields[tableName] = selection;
        }
      }
      if (typeof on === "function") {
        on = on(
          new Proxy(
            this.config.fields,
            new SelectionProxyHandler({ sqlAliasedBehavior: "sql", sqlBehavior: "sql" })
          )
        );
      }
      if (!this.config.joins) {
        this.config.joins = [];
      }
      this.config.joins.push({ on, table, joinType, alias: tableName });
      if (typeof tableName === "string") {
        switch (joinType) {
          case "left": {
            this.joinsNotNullableMap[tableName] = false;
            break;
          }
          case "right": {
            this.joinsNotNullableMap = Object.fromEntries(
              Object.entries(this.joinsNotNullableMap).map(([key]) => [key, false])
            );
            this.joinsNotNullableMap[tableName] = true;
            break;
          }
          case "cross":
          case "inner": {
            this.joinsNotNullableMap[tableName] = true;
            break;
          }
          case "full": {
            this.joinsNotNullableMap = Object.fromEntries(
              Object.entries(this.joinsNotNullableMap).map(([key]) => [key, false])
            );
            this.joinsNotNullableMap[tableName] = false;
            break;
          }
        }
      }
      return this;
    };
  }
  /**
   * Executes a `left join` operation by adding another table to the current query.
   *
   * Calling this method associates each row of the table with the corresponding row from the joined table, if a match is found. If no matching row exists, it sets all columns of the joined table to null.
   *
   * See docs: {@link https://orm.drizzle.team/docs/joins#left-join}
   *
   * @param table the table to join.
   * @param on the `on` clause.
   *
   * @example
   *
   * ```ts
   * // Select all users and their pets
   * const usersWithPets: { user: User; pets: Pet | null; }[] = await db.select()
   *   .from(users)
   *   .leftJoin(pets, eq(users.id, pets.ownerId))
   *
   * // Select userId and petId
   * const usersIdsAndPetIds: { userId: number; petId: number | null; }[] = await db.select({
   *   userId: users.id,
   *   petId: pets.id,
   * })
   *   .from(users)
   *   .leftJoin(pets, eq(users.id, pets.ownerId))
   * ```
   */
  leftJoin = this.createJoin("left");
  /**
   * Executes a `right join` operation by adding another table to the current query.
   *
   * Calling this method associates each row of the joined table with the corresponding row from the main table, if a match is found. If no matching row exists, it sets all columns of the main table to null.
   *
   * See docs: {@link https://orm.drizzle.team/docs/joins#right-join}
   *
   * @param table the table to join.
   * @param on the `on` clause.
   *
   * @example
   *
   * ```ts
   * // Select all users and their pets
   * const usersWithPets: { user: User | null; pets: Pet; }[] = await db.select()
   *   .from(users)
   *   .rightJoin(pets, eq(users.id, pets.ownerId))
   *
   * // Select userId and petId
   * const usersIdsAndPetIds: { userId: number | null; petId: number; }[] = await db.select({
   *   userId: users.id,
   *   petId: pets.id,
   * })
   *   .from(users)
   *   .rightJoin(pets, eq(users.id, pets.ownerId))
   * ```
   */
  rightJoin = this.createJoin("right");
  /**
   * Executes an `inner join` operation, creating a new table by combining rows from two tables that have matching values.
   *
   * Calling this method retrieves rows that have corresponding entries in both joined tables. Rows without matching entries in either table are excluded, resulting in a table that includes only matching pairs.
   *
   * See docs: {@link https://orm.drizzle.team/docs/joins#inner-join}
   *
   * @param table the table to join.
   * @param on the `on` clause.
   *
   * @example
   *
   * ```ts
   * // Select all users and their pets
   * const usersWithPets: { user: User; pets: Pet; }[] = await db.select()
   *   .from(users)
   *   .innerJoin(pets, eq(users.id, pets.ownerId))
   *
   * // Select userId and petId
   * const usersIdsAndPetIds: { userId: number; petId: number; }[] = await db.select({
   *   userId: users.id,
   *   petId: pets.id,
   * })
   *   .from(users)
   *   .innerJoin(pets, eq(users.id, pets.ownerId))
   * ```
   */
  innerJoin = this.createJoin("inner");
  /**
   * Executes a `full join` operation by combining rows from two tables into a new table.
   *
   * Calling this method retrieves all rows from both main and joined tables, merging rows with matching values and filling in `null` for non-matching columns.
   *
   * See docs: {@link https://orm.drizzle.team/docs/joins#full-join}
   *
   * @param table the table to join.
   * @param on the `on` clause.
   *
   * @example
   *
   * ```ts
   * // Select all users and their pets
   * const usersWithPets: { user: User | null; pets: Pet | null; }[] = await db.select()
   *   .from(users)
   *   .fullJoin(pets, eq(users.id, pets.ownerId))
   *
   * // Select userId and petId
   * const usersIdsAndPetIds: { userId: number | null; petId: number | null; }[] = await db.select({
   *   userId: users.id,
   *   petId: pets.id,
   * })
   *   .from(users)
   *   .fullJoin(pets, eq(users.id, pets.ownerId))
   * ```
   */
  fullJoin = this.createJoin("full");
  /**
   * Executes a `cross join` operation by combining rows from two tables into a new table.
   *
   * Calling this method retrieves all rows from both main and joined tables, merging all rows from each table.
   *
   * See docs: {@link https://orm.drizzle.team/docs/joins#cross-join}
   *
   * @param table the table to join.
   *
   * @example
   *
   * ```ts
   * // Select all users, each user with every pet
   * const usersWithPets: { user: User; pets: Pet; }[] = await db.select()
   *   .from(users)
   *   .crossJoin(pets)
   *
   * // Select userId and petId
   * const usersIdsAndPetIds: { userId: number; petId: number; }[] = await db.select({
   *   userId: users.id,
   *   petId: pets.id,
   * })
   *   .from(users)
   *   .crossJoin(pets)
   * ```
   */
  crossJoin = this.createJoin("cross");
  createSetOperator(type, isAll) {
    return (rightSelection) => {
      const rightSelect = typeof rightSelection === "function" ? rightSelection(getSQLiteSetOperators()) : rightSelection;
      if (!haveSameKeys(this.getSelectedFields(), rightSelect.getSelectedFields())) {
        throw new Error(
          "Set operator error (union / intersect / except): selected fields are not the same or are in a different order"
        );
      }
      this.config.setOperators.push({ type, isAll, rightSelect });
      return this;
    };
  }
  /**
   * Adds `union` set operator to the query.
   *
   * Calling this method will combine the result sets of the `select` statements and remove any duplicate rows that appear across them.
   *
   * See docs: {@link https://orm.drizzle.team/docs/set-operations#union}
   *
   * @example
   *
   * ```ts
   * // Select all unique names from customers and users tables
   * await db.select({ name: users.name })
   *   .from(users)
   *   .union(
   *     db.select({ name: customers.name }).from(customers)
   *   );
   * // or
   * import { union } from 'drizzle-orm/sqlite-core'
   *
   * await union(
   *   db.select({ name: users.name }).from(users),
   *   db.select({ name: customers.name }).from(customers)
   * );
   * ```
   */
  union = this.createSetOperator("union", false);
  /**
   * Adds `union all` set operator to the query.
   *
   * Calling this method will combine the result-set of the `select` statements and keep all duplicate rows that appear across them.
   *
   * See docs: {@link https://orm.drizzle.team/docs/set-operations#union-all}
   *
   * @example
   *
   * ```ts
   * // Select all transaction ids from both online and in-store sales
   * await db.select({ transaction: onlineSales.transactionId })
   *   .from(onlineSales)
   *   .unionAll(
   *     db.select({ transaction: inStoreSales.transactionId }).from(inStoreSales)
   *   );
   * // or
   * import { unionAll } from 'drizzle-orm/sqlite-core'
   *
   * await unionAll(
   *   db.select({ transaction: onlineSales.transactionId }).from(onlineSales),
   *   db.select({ transaction: inStoreSales.transactionId }).from(inStoreSales)
   * );
   * ```
   */
  unionAll = this.createSetOperator("union", true);
  /**
   * Adds `intersect` set operator to the query.
   *
   * Calling this method will retain only the rows that are present in both result sets and eliminate duplicates.
   *
   * See docs: {@link https://orm.drizzle.team/docs/set-operations#intersect}
   *
   * @example
   *
   * ```ts
   * // Select course names that are offered in both departments A and B
   * await db.select({ courseName: depA.courseName })
   *   .from(depA)
   *   .intersect(
   *     db.select({ courseName: depB.courseName }).from(depB)
   *   );
   * // or
   * import { intersect } from 'drizzle-orm/sqlite-core'
   *
   * await intersect(
   *   db.select({ courseName: depA.courseName }).from(depA),
   *   db.select({ courseName: depB.courseName }).from(depB)
   * );
   * ```
   */
  intersect = this.createSetOperator("intersect", false);
  /**
   * Adds `except` set operator to the query.
   *
   * Calling this method will retrieve all unique rows from the left query, except for the rows that are present in the result set of the right query.
   *
   * See docs: {@link https://orm.drizzle.team/docs/set-operations#except}
   *
   * @example
   *
   * ```ts
   * // Select all courses offered in department A but not in department B
   * await db.select({ courseName: depA.courseName })
   *   .from(depA)
   *   .except(
   *     db.select({ courseName: depB.courseName }).from(depB)
   *   );
   * // or
   * import { except } from 'drizzle-orm/sqlite-core'
   *
   * await except(
   *   db.select({ courseName: depA.courseName }).from(depA),
   *   db.select({ courseName: depB.courseName }).from(depB)
   * );
   * ```
   */
  except = this.createSetOperator("except", false);
  /** @internal */
  addSetOperators(setOperators) {
    this.config.setOperators.push(...setOperators);
    return this;
  }
  /**
   * Adds a `where` clause to the query.
   *
   * Calling this method will select only those rows that fulfill a specified condition.
   *
   * See docs: {@link https://orm.drizzle.team/docs/select#filtering}
   *
   * @param where the `where` clause.
   *
   * @example
   * You can use conditional operators and `sql function` to filter the rows to be selected.
   *
   * ```ts
   * // Select all cars with green color
   * await db.select().from(cars).where(eq(cars.color, 'green'));
   * // or
   * await db.select().from(cars).where(sql`${cars.color} = 'green'`)
   * ```
   *
   * You can logically combine conditional operators with `and()` and `or()` operators:
   *
   * ```ts
   * // Select all BMW cars with a green color
   * await db.select().from(cars).where(and(eq(cars.color, 'green'), eq(cars.brand, 'BMW')));
   *
   * // Select all cars with the green or blue color
   * await db.select().from(cars).where(or(eq(cars.color, 'green'), eq(cars.color, 'blue')));
   * ```
   */
  where(where) {
    if (typeof where === "function") {
      where = where(
        new Proxy(
          this.config.fields,
          new SelectionProxyHandler({ sqlAliasedBehavior: "sql", sqlBehavior: "sql" })
        )
      );
    }
    this.config.where = where;
    return this;
  }
  /**
   * Adds a `having` clause to the query.
   *
   * Calling this method will select only those rows that fulfill a specified condition. It is typically used with aggregate functions to filter the aggregated data based on a specified condition.
   *
   * See docs: {@link https://orm.drizzle.team/docs/select#aggregations}
   *
   * @param having the `having` clause.
   *
   * @example
   *
   * ```ts
   * // Select all brands with more than one car
   * await db.select({
   * 	brand: cars.brand,
   * 	count: sql<number>`cast(count(${cars.id}) as int)`,
   * })
   *   .from(cars)
   *   .groupBy(cars.brand)
   *   .having(({ count }) => gt(count, 1));
   * ```
   */
  having(having) {
    if (typeof having === "function") {
      having = having(
        new Proxy(
          this.config.fields,
          new SelectionProxyHandler({ sqlAliasedBehavior: "sql", sqlBehavior: "sql" })
        )
      );
    }
    this.config.having = having;
    return this;
  }
  groupBy(...columns) {
    if (typeof columns[0] === "function") {
      const groupBy = columns[0](
        new Proxy(
          this.config.fields,
          new SelectionProxyHandler({ sqlAliasedBehavior: "alias", sqlBehavior: "sql" })
        )
      );
      this.config.groupBy = Array.isArray(groupBy) ? groupBy : [groupBy];
    } else {
      this.config.groupBy = columns;
    }
    return this;
  }
  orderBy(...columns) {
    if (typeof columns[0] === "function") {
      const orderBy = columns[0](
        new Proxy(
          this.config.fields,
          new SelectionProxyHandler({ sqlAliasedBehavior: "alias", sqlBehavior: "sql" })
        )
      );
      const orderByArray = Array.isArray(orderBy) ? orderBy : [orderBy];
      if (this.config.setOperators.length > 0) {
        this.config.setOperators.at(-1).orderBy = orderByArray;
      } else {
        this.config.orderBy = orderByArray;
      }
    } else {
      const orderByArray = columns;
      if (this.config.setOperators.length > 0) {
        this.config.setOperators.at(-1).orderBy = orderByArray;
      } else {
        this.config.orderBy = orderByArray;
      }
    }
    return this;
  }
  /**
   * Adds a `limit` clause to the query.
   *
   * Calling this method will set the maximum number of rows that will be returned by this query.
   *
   * See docs: {@link https://orm.drizzle.team/docs/select#limit--offset}
   *
   * @param limit the `limit` clause.
   *
   * @example
   *
   * ```ts
   * // Get the first 10 people from this query.
   * await db.select().from(people).limit(10);
   * ```
   */
  limit(limit) {
    if (this.config.setOperators.length > 0) {
      this.config.setOperators.at(-1).limit = limit;
    } else {
      this.config.limit = limit;
    }
    return this;
  }
  /**
   * Adds an `offset` clause to the query.
   *
   * Calling this method will skip a number of rows when returning results from this query.
   *
   * See docs: {@link https://orm.drizzle.team/docs/select#limit--offset}
   *
   * @param offset the `offset` clause.
   *
   * @example
   *
   * ```ts
   * // Get the 10th-20th people from this query.
   * await db.select().from(people).offset(10).limit(10);
   * ```
   */
  offset(offset) {
    if (this.config.setOperators.length > 0) {
      this.config.setOperators.at(-1).offset = offset;
    } else {
      this.config.offset = offset;
    }
    return this;
  }
  /** @internal */
  getSQL() {
    return this.dialect.buildSelectQuery(this.config);
  }
  toSQL() {
    const { typings: _typings, ...rest } = this.dialect.sqlToQuery(this.getSQL());
    return rest;
  }
  as(alias) {
    const usedTables = [];
    usedTables.push(...extractUsedTable(this.config.table));
    if (this.config.joins) {
      for (const it of this.config.joins) usedTables.push(...extractUsedTable(it.table));
    }
    return new Proxy(
      new Subquery(this.getSQL(), this.config.fields, alias, false, [...new Set(usedTables)]),
      new SelectionProxyHandler({ alias, sqlAliasedBehavior: "alias", sqlBehavior: "error" })
    );
  }
  /** @internal */
  getSelectedFields() {
    return new Proxy(
      this.config.fields,
      new SelectionProxyHandler({ alias: this.tableName, sqlAliasedBehavior: "alias", sqlBehavior: "error" })
    );
  }
  $dynamic() {
    return this;
  }
};
var SQLiteSelectBase = class extends SQLiteSelectQueryBuilderBase {
  static [entityKind] = "SQLiteSelect";
  /** @internal */
  _prepare(isOneTimeQuery = true) {
    if (!this.session) {
      throw new Error("Cannot execute a query on a query builder. Please use a database instance instead.");
    }
    const fieldsList = orderSelectedFields(this.config.fields);
    const query = this.session[isOneTimeQuery ? "prepareOneTimeQuery" : "prepareQuery"](
      this.dialect.sqlToQuery(this.getSQL()),
      fieldsList,
      "all",
      true,
      void 0,
      {
        type: "select",
        tables: [...this.usedTables]
      },
      this.cacheConfig
    );
    query.joinsNotNullableMap = this.joinsNotNullableMap;
    return query;
  }
  $withCache(config) {
    this.cacheConfig = config === void 0 ? { config: {}, enable: true, autoInvalidate: true } : config === false ? { enable: false } : { enable: true, autoInvalidate: true, ...config };
    return this;
  }
  prepare() {
    return this._prepare(false);
  }
  run = (placeholderValues) => {
    return this._prepare().run(placeholderValues);
  };
  all = (placeholderValues) => {
    return this._prepare().all(placeholderValues);
  };
  get = (placeholderValues) => {
    return this._prepare().get(placeholderValues);
  };
  values = (placeholderValues) => {
    return this._prepare().values(placeholderValues);
  };
  async execute() {
    return this.all();
  }
};
applyMixins(SQLiteSelectBase, [QueryPromise]);
function createSetOperator(type, isAll) {
  return (leftSelect, rightSelect, ...restSelects) => {
    const setOperators = [rightSelect, ...restSelects].map((select) => ({
      type,
      isAll,
      rightSelect: select
    }));
    for (const setOperator of setOperators) {
      if (!haveSameKeys(leftSelect.getSelectedFields(), setOperator.rightSelect.getSelectedFields())) {
        throw new Error(
          "Set operator error (union / intersect / except): selected fields are not the same or are in a different order"
        );
      }
    }
    return leftSelect.addSetOperators(setOperators);
  };
}
var getSQLiteSetOperators = () => ({
  union,
  unionAll,
  intersect,
  except
});
var union = createSetOperator("union", false);
var unionAll = createSetOperator("union", true);
var intersect = createSetOperator("intersect", false);
var except = createSetOperator("except", false);

// node_modules/drizzle-orm/sqlite-core/query-builders/query-builder.js
var QueryBuilder = class {
  static [entityKind] = "SQLiteQueryBuilder";
  dialect;
  dialectConfig;
  constructor(dialect) {
    this.dialect = is(dialect, SQLiteDialect) ? dialect : void 0;
    this.dialectConfig = is(dialect, SQLiteDialect) ? void 0 : dialect;
  }
  $with = (alias, selection) => {
    const queryBuilder = this;
    const as = (qb) => {
      if (typeof qb === "function") {
        qb = qb(queryBuilder);
      }
      return new Proxy(
        new WithSubquery(
          qb.getSQL(),
          selection ?? ("getSelectedFields" in qb ? qb.getSelectedFields() ?? {} : {}),
          alias,
          true
        ),
        new SelectionProxyHandler({ alias, sqlAliasedBehavior: "alias", sqlBehavior: "error" })
      );
    };
    return { as };
  };
  with(...queries) {
    const self = this;
    function select(fields) {
      return new SQLiteSelectBuilder({
        fields: fields ?? void 0,
        session: void 0,
        dialect: self.getDialect(),
        withList: queries
      });
    }
    function selectDistinct(fields) {
      return new SQLiteSelectBuilder({
        fields: fields ?? void 0,
        session: void 0,
        dialect: self.getDialect(),
        withList: queries,
        distinct: true
      });
    }
    return { select, selectDistinct };
  }
  select(fields) {
    return new SQLiteSelectBuilder({ fields: fields ?? void 0, session: void 0, dialect: this.getDialect() });
  }
  selectDistinct(fields) {
    return new SQLiteSelectBuilder({
      fields: fields ?? void 0,
      session: void 0,
      dialect: this.getDialect(),
      distinct: true
    });
  }
  // Lazy load dialect to avoid circular dependency
  getDialect() {
    if (!this.dialect) {
      this.dialect = new SQLiteSyncDialect(this.dialectConfig);
    }
    return this.dialect;
  }
};

// node_modules/drizzle-orm/sqlite-core/query-builders/insert.js
var SQLiteInsertBuilder = class {
  constructor(table, session2, dialect, withList) {
    this.table = table;
    this.session = session2;
    this.dialect = dialect;
    this.withList = withList;
  }
  static [entityKind] = "SQLiteInsertBuilder";
  values(values) {
    values = Array.isArray(values) ? values : [values];
    if (values.length === 0) {
      throw new Error("values() must be called with at least one value");
    }
    const mappedValues = values.map((entry) => {
      const result = {};
      const cols = this.table[Table.Symbol.Columns];
      for (const colKey of Object.keys(entry)) {
        const colValue = entry[colKey];
        result[colKey] = is(colValue, SQL) ? colValue : new Param(colValue, cols[colKey]);
      }
      return result;
    });
    return new SQLiteInsertBase(this.table, mappedValues, this.session, this.dialect, this.withList);
  }
  select(selectQuery) {
    const select = typeof selectQuery === "function" ? selectQuery(new QueryBuilder()) : selectQuery;
    if (!is(select, SQL) && !haveSameKeys(this.table[Columns], select._.selectedFields)) {
      throw new Error(
        "Insert select error: selected fields are not the same or are in a different order compared to the table definition"
      );
    }
    return new SQLiteInsertBase(this.table, select, this.session, this.dialect, this.withList, true);
  }
};
var SQLiteInsertBase = class extends QueryPromise {
  constructor(table, values, session2, dialect, withList, select) {
    super();
    this.session = session2;
    this.dialect = dialect;
    this.config = { table, values, withList, select };
  }
  static [entityKind] = "SQLiteInsert";
  /** @internal */
  config;
  returning(fields = this.config.table[SQLiteTable.Symbol.Columns]) {
    this.config.returning = orderSelectedFields(fields);
    return this;
  }
  /**
   * Adds an `on conflict do nothing` clause to the query.
   *
   * Calling this method simply avoids inserting a row as its alternative action.
   *
   * See docs: {@link https://orm.drizzle.team/docs/insert#on-conflict-do-nothing}
   *
   * @param config The `target` and `where` clauses.
   *
   * @example
   * ```ts
   * // Insert one row and cancel the insert if there's a conflict
   * await db.insert(cars)
   *   .values({ id: 1, brand: 'BMW' })
   *   .onConflictDoNothing();
   *
   * // Explicitly specify conflict target
   * await db.insert(cars)
   *   .values({ id: 1, brand: 'BMW' })
   *   .onConflictDoNothing({ target: cars.id });
   * ```
   */
  onConflictDoNothing(config = {}) {
    if (!this.config.onConflict) this.config.onConflict = [];
    if (config.target === void 0) {
      this.config.onConflict.push(sql` on conflict do nothing`);
    } else {
      const targetSql = Array.isArray(config.target) ? sql`${config.target}` : sql`${[config.target]}`;
      const whereSql = config.where ? sql` where ${config.where}` : sql``;
      this.config.onConflict.push(sql` on conflict ${targetSql} do nothing${whereSql}`);
    }
    return this;
  }
  /**
   * Adds an `on conflict do update` clause to the query.
   *
   * Calling this method will update the existing row that conflicts with the row proposed for insertion as its alternative action.
   *
   * See docs: {@link https://orm.drizzle.team/docs/insert#upserts-and-conflicts}
   *
   * @param config The `target`, `set` and `where` clauses.
   *
   * @example
   * ```ts
   * // Update the row if there's a conflict
   * await db.insert(cars)
   *   .values({ id: 1, brand: 'BMW' })
   *   .onConflictDoUpdate({
   *     target: cars.id,
   *     set: { brand: 'Porsche' }
   *   });
   *
   * // Upsert with 'where' clause
   * await db.insert(cars)
   *   .values({ id: 1, brand: 'BMW' })
   *   .onConflictDoUpdate({
   *     target: cars.id,
   *     set: { brand: 'newBMW' },
   *     where: sql`${cars.createdAt} > '2023-01-01'::date`,
   *   });
   * ```
   */
  onConflictDoUpdate(config) {
    if (config.where && (config.targetWhere || config.setWhere)) {
      throw new Error(
        'You cannot use both "where" and "targetWhere"/"setWhere" at the same time - "where" is deprecated, use "targetWhere" or "setWhere" instead.'
      );
    }
    if (!this.config.onConflict) this.config.onConflict = [];
    const whereSql = config.where ? sql` where ${config.where}` : void 0;
    const targetWhereSql = config.targetWhere ? sql` where ${config.targetWhere}` : void 0;
    const setWhereSql = config.setWhere ? sql` where ${config.setWhere}` : void 0;
    const targetSql = Array.isArray(config.target) ? sql`${config.target}` : sql`${[config.target]}`;
    const setSql = this.dialect.buildUpdateSet(this.config.table, mapUpdateSet(this.config.table, config.set));
    this.config.onConflict.push(
      sql` on conflict ${targetSql}${targetWhereSql} do update set ${setSql}${whereSql}${setWhereSql}`
    );
    return this;
  }
  /** @internal */
  getSQL() {
    return this.dialect.buildInsertQuery(this.config);
  }
  toSQL() {
    const { typings: _typings, ...rest } = this.dialect.sqlToQuery(this.getSQL());
    return rest;
  }
  /** @internal */
  _prepare(isOneTimeQuery = true) {
    return this.session[isOneTimeQuery ? "prepareOneTimeQuery" : "prepareQuery"](
      this.dialect.sqlToQuery(this.getSQL()),
      this.config.returning,
      this.config.returning ? "all" : "run",
      true,
      void 0,
      {
        type: "insert",
        tables: extractUsedTable(this.config.table)
      }
    );
  }
  prepare() {
    return this._prepare(false);
  }
  run = (placeholderValues) => {
    return this._prepare().run(placeholderValues);
  };
  all = (placeholderValues) => {
    return this._prepare().all(placeholderValues);
  };
  get = (placeholderValues) => {
    return this._prepare().get(placeholderValues);
  };
  values = (placeholderValues) => {
    return this._prepare().values(placeholderValues);
  };
  async execute() {
    return this.config.returning ? this.all() : this.run();
  }
  $dynamic() {
    return this;
  }
};

// node_modules/drizzle-orm/sqlite-core/query-builders/update.js
var SQLiteUpdateBuilder = class {
  constructor(table, session2, dialect, withList) {
    this.table = table;
    this.session = session2;
    this.dialect = dialect;
    this.withList = withList;
  }
  static [entityKind] = "SQLiteUpdateBuilder";
  set(values) {
    return new SQLiteUpdateBase(
      this.table,
      mapUpdateSet(this.table, values),
      this.session,
      this.dialect,
      this.withList
    );
  }
};
var SQLiteUpdateBase = class extends QueryPromise {
  constructor(table, set, session2, dialect, withList) {
    super();
    this.session = session2;
    this.dialect = dialect;
    this.config = { set, table, withList, joins: [] };
  }
  static [entityKind] = "SQLiteUpdate";
  /** @internal */
  config;
  from(source) {
    this.config.from = source;
    return this;
  }
  createJoin(joinType) {
    return (table, on) => {
      const tableName = getTableLikeName(table);
      if (typeof tableName === "string" && this.config.joins.some((join2) => join2.alias === tableName)) {
        throw new Error(`Alias "${tableName}" is already used in this query`);
      }
      if (typeof on === "function") {
        const from = this.config.from ? is(table, SQLiteTable) ? table[Table.Symbol.Columns] : is(table, Subquery) ? table._.selectedFields : is(table, SQLiteViewBase) ? table[ViewBaseConfig].selectedFields : void 0 : void 0;
        on = on(
          new Proxy(
            this.config.table[Table.Symbol.Columns],
            new SelectionProxyHandler({ sqlAliasedBehavior: "sql", sqlBehavior: "sql" })
          ),
          from && new Proxy(
            from,
            new SelectionProxyHandler({ sqlAliasedBehavior: "sql", sqlBehavior: "sql" })
          )
        );
      }
      this.config.joins.push({ on, table, joinType, alias: tableName });
      return this;
    };
  }
  leftJoin = this.createJoin("left");
  rightJoin = this.createJoin("right");
  innerJoin = this.createJoin("inner");
  fullJoin = this.createJoin("full");
  /**
   * Adds a 'where' clause to the query.
   *
   * Calling this method will update only those rows that fulfill a specified condition.
   *
   * See docs: {@link https://orm.drizzle.team/docs/update}
   *
   * @param where the 'where' clause.
   *
   * @example
   * You can use conditional operators and `sql function` to filter the rows to be updated.
   *
   * ```ts
   * // Update all cars with green color
   * db.update(cars).set({ color: 'red' })
   *   .where(eq(cars.color, 'green'));
   * // or
   * db.update(cars).set({ color: 'red' })
   *   .where(sql`${cars.color} = 'green'`)
   * ```
   *
   * You can logically combine conditional operators with `and()` and `or()` operators:
   *
   * ```ts
   * // Update all BMW cars with a green color
   * db.update(cars).set({ color: 'red' })
   *   .where(and(eq(cars.color, 'green'), eq(cars.brand, 'BMW')));
   *
   * // Update all cars with the green or blue color
   * db.update(cars).set({ color: 'red' })
   *   .where(or(eq(cars.color, 'green'), eq(cars.color, 'blue')));
   * ```
   */
  where(where) {
    this.config.where = where;
    return this;
  }
  orderBy(...columns) {
    if (typeof columns[0] === "function") {
      const orderBy = columns[0](
        new Proxy(
          this.config.table[Table.Symbol.Columns],
          new SelectionProxyHandler({ sqlAliasedBehavior: "alias", sqlBehavior: "sql" })
        )
      );
      const orderByArray = Array.isArray(orderBy) ? orderBy : [orderBy];
      this.config.orderBy = orderByArray;
    } else {
      const orderByArray = columns;
      this.config.orderBy = orderByArray;
    }
    return this;
  }
  limit(limit) {
    this.config.limit = limit;
    return this;
  }
  returning(fields = this.config.table[SQLiteTable.Symbol.Columns]) {
    this.config.returning = orderSelectedFields(fields);
    return this;
  }
  /** @internal */
  getSQL() {
    return this.dialect.buildUpdateQuery(this.config);
  }
  toSQL() {
    const { typings: _typings, ...rest } = this.dialect.sqlToQuery(this.getSQL());
    return rest;
  }
  /** @internal */
  _prepare(isOneTimeQuery = true) {
    return this.session[isOneTimeQuery ? "prepareOneTimeQuery" : "prepareQuery"](
      this.dialect.sqlToQuery(this.getSQL()),
      this.config.returning,
      this.config.returning ? "all" : "run",
      true,
      void 0,
      {
        type: "insert",
        tables: extractUsedTable(this.config.table)
      }
    );
  }
  prepare() {
    return this._prepare(false);
  }
  run = (placeholderValues) => {
    return this._prepare().run(placeholderValues);
  };
  all = (placeholderValues) => {
    return this._prepare().all(placeholderValues);
  };
  get = (placeholderValues) => {
    return this._prepare().get(placeholderValues);
  };
  values = (placeholderValues) => {
    return this._prepare().values(placeholderValues);
  };
  async execute() {
    return this.config.returning ? this.all() : this.run();
  }
  $dynamic() {
    return this;
  }
};

// node_modules/drizzle-orm/sqlite-core/query-builders/count.js
var SQLiteCountBuilder = class _SQLiteCountBuilder extends SQL {
  constructor(params) {
    super(_SQLiteCountBuilder.buildEmbeddedCount(params.source, params.filters).queryChunks);
    this.params = params;
    this.session = params.session;
    this.sql = _SQLiteCountBuilder.buildCount(
      params.source,
      params.filters
    );
  }
  sql;
  static [entityKind] = "SQLiteCountBuilderAsync";
  [Symbol.toStringTag] = "SQLiteCountBuilderAsync";
  session;
  static buildEmbeddedCount(source, filters) {
    return sql`(select count(*) from ${source}${sql.raw(" where ").if(filters)}${filters})`;
  }
  static buildCount(source, filters) {
    return sql`select count(*) from ${source}${sql.raw(" where ").if(filters)}${filters}`;
  }
  then(onfulfilled, onrejected) {
    return Promise.resolve(this.session.count(this.sql)).then(
      onfulfilled,
      onrejected
    );
  }
  catch(onRejected) {
    return this.then(void 0, onRejected);
  }
  finally(onFinally) {
    return this.then(
      (value) => {
        onFinally?.();
        return value;
      },
      (reason) => {
        onFinally?.();
        throw reason;
      }
    );
  }
};

// node_modules/drizzle-orm/sqlite-core/query-builders/query.js
var RelationalQueryBuilder = class {
  constructor(mode, fullSchema, schema, tableNamesMap, table, tableConfig, dialect, session2) {
    this.mode = mode;
    this.fullSchema = fullSchema;
    this.schema = schema;
    this.tableNamesMap = tableNamesMap;
    this.table = table;
    this.tableConfig = tableConfig;
    this.dialect = dialect;
    this.session = session2;
  }
  static [entityKind] = "SQLiteAsyncRelationalQueryBuilder";
  findMany(config) {
    return this.mode === "sync" ? new SQLiteSyncRelationalQuery(
      this.fullSchema,
      this.schema,
      this.tableNamesMap,
      this.table,
      this.tableConfig,
      this.dialect,
      this.session,
      config ? config : {},
      "many"
    ) : new SQLiteRelationalQuery(
      this.fullSchema,
      this.schema,
      this.tableNamesMap,
      this.table,
      this.tableConfig,
      this.dialect,
      this.session,
      config ? config : {},
      "many"
    );
  }
  findFirst(config) {
    return this.mode === "sync" ? new SQLiteSyncRelationalQuery(
      this.fullSchema,
      this.schema,
      this.tableNamesMap,
      this.table,
      this.tableConfig,
      this.dialect,
      this.session,
      config ? { ...config, limit: 1 } : { limit: 1 },
      "first"
    ) : new SQLiteRelationalQuery(
      this.fullSchema,
      this.schema,
      this.tableNamesMap,
      this.table,
      this.tableConfig,
      this.dialect,
      this.session,
      config ? { ...config, limit: 1 } : { limit: 1 },
      "first"
    );
  }
};
var SQLiteRelationalQuery = class extends QueryPromise {
  constructor(fullSchema, schema, tableNamesMap, table, tableConfig, dialect, session2, config, mode) {
    super();
    this.fullSchema = fullSchema;
    this.schema = schema;
    this.tableNamesMap = tableNamesMap;
    this.table = table;
    this.tableConfig = tableConfig;
    this.dialect = dialect;
    this.session = session2;
    this.config = config;
    this.mode = mode;
  }
  static [entityKind] = "SQLiteAsyncRelationalQuery";
  /** @internal */
  mode;
  /** @internal */
  getSQL() {
    return this.dialect.buildRelationalQuery({
      fullSchema: this.fullSchema,
      schema: this.schema,
      tableNamesMap: this.tableNamesMap,
      table: this.table,
      tableConfig: this.tableConfig,
      queryConfig: this.config,
      tableAlias: this.tableConfig.tsName
    }).sql;
  }
  /** @internal */
  _prepare(isOneTimeQuery = false) {
    const { query, builtQuery } = this._toSQL();
    return this.session[isOneTimeQuery ? "prepareOneTimeQuery" : "prepareQuery"](
      builtQuery,
      void 0,
      this.mode === "first" ? "get" : "all",
      true,
      (rawRows, mapColumnValue) => {
        const rows = rawRows.map(
          (row) => mapRelationalRow(this.schema, this.tableConfig, row, query.selection, mapColumnValue)
        );
        if (this.mode === "first") {
          return rows[0];
        }
        return rows;
      }
    );
  }
  prepare() {
    return this._prepare(false);
  }
  _toSQL() {
    const query = this.dialect.buildRelationalQuery({
      fullSchema: this.fullSchema,
      schema: this.schema,
      tableNamesMap: this.tableNamesMap,
      table: this.table,
      tableConfig: this.tableConfig,
      queryConfig: this.config,
      tableAlias: this.tableConfig.tsName
    });
    const builtQuery = this.dialect.sqlToQuery(query.sql);
    return { query, builtQuery };
  }
  toSQL() {
    return this._toSQL().builtQuery;
  }
  /** @internal */
  executeRaw() {
    if (this.mode === "first") {
      return this._prepare(false).get();
    }
    return this._prepare(false).all();
  }
  async execute() {
    return this.executeRaw();
  }
};
var SQLiteSyncRelationalQuery = class extends SQLiteRelationalQuery {
  static [entityKind] = "SQLiteSyncRelationalQuery";
  sync() {
    return this.executeRaw();
  }
};

// node_modules/drizzle-orm/sqlite-core/query-builders/raw.js
var SQLiteRaw = class extends QueryPromise {
  constructor(execute, getSQL, action, dialect, mapBatchResult) {
    super();
    this.execute = execute;
    this.getSQL = getSQL;
    this.dialect = dialect;
    this.mapBatchResult = mapBatchResult;
    this.config = { action };
  }
  static [entityKind] = "SQLiteRaw";
  /** @internal */
  config;
  getQuery() {
    return { ...this.dialect.sqlToQuery(this.getSQL()), method: this.config.action };
  }
  mapResult(result, isFromBatch) {
    return isFromBatch ? this.mapBatchResult(result) : result;
  }
  _prepare() {
    return this;
  }
  /** @internal */
  isResponseInArrayMode() {
    return false;
  }
};

// node_modules/drizzle-orm/sqlite-core/db.js
var BaseSQLiteDatabase = class {
  constructor(resultKind, dialect, session2, schema) {
    this.resultKind = resultKind;
    this.dialect = dialect;
    this.session = session2;
    this._ = schema ? {
      schema: schema.schema,
      fullSchema: schema.fullSchema,
      tableNamesMap: schema.tableNamesMap
    } : {
      schema: void 0,
      fullSchema: {},
      tableNamesMap: {}
    };
    this.query = {};
    const query = this.query;
    if (this._.schema) {
      for (const [tableName, columns] of Object.entries(this._.schema)) {
        query[tableName] = new RelationalQueryBuilder(
          resultKind,
          schema.fullSchema,
          this._.schema,
          this._.tableNamesMap,
          schema.fullSchema[tableName],
          columns,
          dialect,
          session2
        );
      }
    }
    this.$cache = { invalidate: async (_params) => {
    } };
  }
  static [entityKind] = "BaseSQLiteDatabase";
  query;
  /**
   * Creates a subquery that defines a temporary named result set as a CTE.
   *
   * It is useful for breaking down complex queries into simpler parts and for reusing the result set in subsequent parts of the query.
   *
   * See docs: {@link https://orm.drizzle.team/docs/select#with-clause}
   *
   * @param alias The alias for the subquery.
   *
   * Failure to provide an alias will result in a DrizzleTypeError, preventing the subquery from being referenced in other queries.
   *
   * @example
   *
   * ```ts
   * // Create a subquery with alias 'sq' and use it in the select query
   * const sq = db.$with('sq').as(db.select().from(users).where(eq(users.id, 42)));
   *
   * const result = await db.with(sq).select().from(sq);
   * ```
   *
   * To select arbitrary SQL values as fields in a CTE and reference them in other CTEs or in the main query, you need to add aliases to them:
   *
   * ```ts
   * // Select an arbitrary SQL value as a field in a CTE and reference it in the main query
   * const sq = db.$with('sq').as(db.select({
   *   name: sql<string>`upper(${users.name})`.as('name'),
   * })
   * .from(users));
   *
   * const result = await db.with(sq).select({ name: sq.name }).from(sq);
   * ```
   */
  $with = (alias, selection) => {
    const self = this;
    const as = (qb) => {
      if (typeof qb === "function") {
        qb = qb(new QueryBuilder(self.dialect));
      }
      return new Proxy(
        new WithSubquery(
          qb.getSQL(),
          selection ?? ("getSelectedFields" in qb ? qb.getSelectedFields() ?? {} : {}),
          alias,
          true
        ),
        new SelectionProxyHandler({ alias, sqlAliasedBehavior: "alias", sqlBehavior: "error" })
      );
    };
    return { as };
  };
  $count(source, filters) {
    return new SQLiteCountBuilder({ source, filters, session: this.session });
  }
  /**
   * Incorporates a previously defined CTE (using `$with`) into the main query.
   *
   * This method allows the main query to reference a temporary named result set.
   *
   * See docs: {@link https://orm.drizzle.team/docs/select#with-clause}
   *
   * @param queries The CTEs to incorporate into the main query.
   *
   * @example
   *
   * ```ts
   * // Define a subquery 'sq' as a CTE using $with
   * const sq = db.$with('sq').as(db.select().from(users).where(eq(users.id, 42)));
   *
   * // Incorporate the CTE 'sq' into the main query and select from it
   * const result = await db.with(sq).select().from(sq);
   * ```
   */
  with(...queries) {
    const self = this;
    function select(fields) {
      return new SQLiteSelectBuilder({
        fields: fields ?? void 0,
        session: self.session,
        dialect: self.dialect,
        withList: queries
      });
    }
    function selectDistinct(fields) {
      return new SQLiteSelectBuilder({
        fields: fields ?? void 0,
        session: self.session,
        dialect: self.dialect,
        withList: queries,
        distinct: true
      });
    }
    function update(table) {
      return new SQLiteUpdateBuilder(table, self.session, self.dialect, queries);
    }
    function insert(into) {
      return new SQLiteInsertBuilder(into, self.session, self.dialect, queries);
    }
    function delete_(from) {
      return new SQLiteDeleteBase(from, self.session, self.dialect, queries);
    }
    return { select, selectDistinct, update, insert, delete: delete_ };
  }
  select(fields) {
    return new SQLiteSelectBuilder({ fields: fields ?? void 0, session: this.session, dialect: this.dialect });
  }
  selectDistinct(fields) {
    return new SQLiteSelectBuilder({
      fields: fields ?? void 0,
      session: this.session,
      dialect: this.dialect,
      distinct: true
    });
  }
  /**
   * Creates an update query.
   *
   * Calling this method without `.where()` clause will update all rows in a table. The `.where()` clause specifies which rows should be updated.
   *
   * Use `.set()` method to specify which values to update.
   *
   * See docs: {@link https://orm.drizzle.team/docs/update}
   *
   * @param table The table to update.
   *
   * @example
   *
   * ```ts
   * // Update all rows in the 'cars' table
   * await db.update(cars).set({ color: 'red' });
   *
   * // Update rows with filters and conditions
   * await db.update(cars).set({ color: 'red' }).where(eq(cars.brand, 'BMW'));
   *
   * // Update with returning clause
   * const updatedCar: Car[] = await db.update(cars)
   *   .set({ color: 'red' })
   *   .where(eq(cars.id, 1))
   *   .returning();
   * ```
   */
  update(table) {
    return new SQLiteUpdateBuilder(table, this.session, this.dialect);
  }
  $cache;
  /**
   * Creates an insert query.
   *
   * Calling this method will create new rows in a table. Use `.values()` method to specify which values to insert.
   *
   * See docs: {@link https://orm.drizzle.team/docs/insert}
   *
   * @param table The table to insert into.
   *
   * @example
   *
   * ```ts
   * // Insert one row
   * await db.insert(cars).values({ brand: 'BMW' });
   *
   * // Insert multiple rows
   * await db.insert(cars).values([{ brand: 'BMW' }, { brand: 'Porsche' }]);
   *
   * // Insert with returning clause
   * const insertedCar: Car[] = await db.insert(cars)
   *   .values({ brand: 'BMW' })
   *   .returning();
   * ```
   */
  insert(into) {
    return new SQLiteInsertBuilder(into, this.session, this.dialect);
  }
  /**
   * Creates a delete query.
   *
   * Calling this method without `.where()` clause will delete all rows in a table. The `.where()` clause specifies which rows should be deleted.
   *
   * See docs: {@link https://orm.drizzle.team/docs/delete}
   *
   * @param table The table to delete from.
   *
   * @example
   *
   * ```ts
   * // Delete all rows in the 'cars' table
   * await db.delete(cars);
   *
   * // Delete rows with filters and conditions
   * await db.delete(cars).where(eq(cars.color, 'green'));
   *
   * // Delete with returning clause
   * const deletedCar: Car[] = await db.delete(cars)
   *   .where(eq(cars.id, 1))
   *   .returning();
   * ```
   */
  delete(from) {
    return new SQLiteDeleteBase(from, this.session, this.dialect);
  }
  run(query) {
    const sequel = typeof query === "string" ? sql.raw(query) : query.getSQL();
    if (this.resultKind === "async") {
      return new SQLiteRaw(
        async () => this.session.run(sequel),
        () => sequel,
        "run",
        this.dialect,
        this.session.extractRawRunValueFromBatchResult.bind(this.session)
      );
    }
    return this.session.run(sequel);
  }
  all(query) {
    const sequel = typeof query === "string" ? sql.raw(query) : query.getSQL();
    if (this.resultKind === "async") {
      return new SQLiteRaw(
        async () => this.session.all(sequel),
        () => sequel,
        "all",
        this.dialect,
        this.session.extractRawAllValueFromBatchResult.bind(this.session)
      );
    }
    return this.session.all(sequel);
  }
  get(query) {
    const sequel = typeof query === "string" ? sql.raw(query) : query.getSQL();
    if (this.resultKind === "async") {
      return new SQLiteRaw(
        async () => this.session.get(sequel),
        () => sequel,
        "get",
        this.dialect,
        this.session.extractRawGetValueFromBatchResult.bind(this.session)
      );
    }
    return this.session.get(sequel);
  }
  values(query) {
    const sequel = typeof query === "string" ? sql.raw(query) : query.getSQL();
    if (this.resultKind === "async") {
      return new SQLiteRaw(
        async () => this.session.values(sequel),
        () => sequel,
        "values",
        this.dialect,
        this.session.extractRawValuesValueFromBatchResult.bind(this.session)
      );
    }
    return this.session.values(sequel);
  }
  transaction(transaction, config) {
    return this.session.transaction(transaction, config);
  }
};

// node_modules/drizzle-orm/cache/core/cache.js
var Cache = class {
  static [entityKind] = "Cache";
};
var NoopCache = class extends Cache {
  strategy() {
    return "all";
  }
  static [entityKind] = "NoopCache";
  async get(_key) {
    return void 0;
  }
  async put(_hashedQuery, _response, _tables, _config) {
  }
  async onMutate(_params) {
  }
};
async function hashQuery(sql2, params) {
  const dataToHash = `${sql2}-${JSON.stringify(params)}`;
  const encoder = new TextEncoder();
  const data = encoder.encode(dataToHash);
  const hashBuffer = await crypto.subtle.digest("SHA-256", data);
  const hashArray = [...new Uint8Array(hashBuffer)];
  const hashHex = hashArray.map((b) => b.toString(16).padStart(2, "0")).join("");
  return hashHex;
}

// node_modules/drizzle-orm/sqlite-core/session.js
var ExecuteResultSync = class extends QueryPromise {
  constructor(resultCb) {
    super();
    this.resultCb = resultCb;
  }
  static [entityKind] = "ExecuteResultSync";
  async execute() {
    return this.resultCb();
  }
  sync() {
    return this.resultCb();
  }
};
var SQLitePreparedQuery = class {
  constructor(mode, executeMethod, query, cache, queryMetadata, cacheConfig) {
    this.mode = mode;
    this.executeMethod = executeMethod;
    this.query = query;
    this.cache = cache;
    this.queryMetadata = queryMetadata;
    this.cacheConfig = cacheConfig;
    if (cache && cache.strategy() === "all" && cacheConfig === void 0) {
      this.cacheConfig = { enable: true, autoInvalidate: true };
    }
    if (!this.cacheConfig?.enable) {
      this.cacheConfig = void 0;
    }
  }
  static [entityKind] = "PreparedQuery";
  /** @internal */
  joinsNotNullableMap;
  /** @internal */
  async queryWithCache(queryString, params, query) {
    if (this.cache === void 0 || is(this.cache, NoopCache) || this.queryMetadata === void 0) {
      try {
        return await query();
      } catch (e) {
        throw new DrizzleQueryError(queryString, params, e);
      }
    }
    if (this.cacheConfig && !this.cacheConfig.enable) {
      try {
        return await query();
      } catch (e) {
        throw new DrizzleQueryError(queryString, params, e);
      }
    }
    if ((this.queryMetadata.type === "insert" || this.queryMetadata.type === "update" || this.queryMetadata.type === "delete") && this.queryMetadata.tables.length > 0) {
      try {
        const [res] = await Promise.all([
          query(),
          this.cache.onMutate({ tables: this.queryMetadata.tables })
        ]);
        return res;
      } catch (e) {
        throw new DrizzleQueryError(queryString, params, e);
      }
    }
    if (!this.cacheConfig) {
      try {
        return await query();
      } catch (e) {
        throw new DrizzleQueryError(queryString, params, e);
      }
    }
    if (this.queryMetadata.type === "select") {
      const fromCache = await this.cache.get(
        this.cacheConfig.tag ?? await hashQuery(queryString, params),
        this.queryMetadata.tables,
        this.cacheConfig.tag !== void 0,
        this.cacheConfig.autoInvalidate
      );
      if (fromCache === void 0) {
        let result;
        try {
          result = await query();
        } catch (e) {
          throw new DrizzleQueryError(queryString, params, e);
        }
        await this.cache.put(
          this.cacheConfig.tag ?? await hashQuery(queryString, params),
          result,
          // make sure we send tables that were used in a query only if user wants to invalidate it on each write
          this.cacheConfig.autoInvalidate ? this.queryMetadata.tables : [],
          this.cacheConfig.tag !== void 0,
          this.cacheConfig.config
        );
        return result;
      }
      return fromCache;
    }
    try {
      return await query();
    } catch (e) {
      throw new DrizzleQueryError(queryString, params, e);
    }
  }
  getQuery() {
    return this.query;
  }
  mapRunResult(result, _isFromBatch) {
    return result;
  }
  mapAllResult(_result, _isFromBatch) {
    throw new Error("Not implemented");
  }
  mapGetResult(_result, _isFromBatch) {
    throw new Error("Not implemented");
  }
  execute(placeholderValues) {
    if (this.mode === "async") {
      return this[this.executeMethod](placeholderValues);
    }
    return new ExecuteResultSync(() => this[this.executeMethod](placeholderValues));
  }
  mapResult(response, isFromBatch) {
    switch (this.executeMethod) {
      case "run": {
        return this.mapRunResult(response, isFromBatch);
      }
      case "all": {
        return this.mapAllResult(response, isFromBatch);
      }
      case "get": {
        return this.mapGetResult(response, isFromBatch);
      }
    }
  }
};
var SQLiteSession = class {
  constructor(dialect) {
    this.dialect = dialect;
  }
  static [entityKind] = "SQLiteSession";
  prepareOneTimeQuery(query, fields, executeMethod, isResponseInArrayMode, customResultMapper, queryMetadata, cacheConfig) {
    return this.prepareQuery(
      query,
      fields,
      executeMethod,
      isResponseInArrayMode,
      customResultMapper,
      queryMetadata,
      cacheConfig
    );
  }
  run(query) {
    const staticQuery = this.dialect.sqlToQuery(query);
    try {
      return this.prepareOneTimeQuery(staticQuery, void 0, "run", false).run();
    } catch (err) {
      throw new DrizzleError({ cause: err, message: `Failed to run the query '${staticQuery.sql}'` });
    }
  }
  /** @internal */
  extractRawRunValueFromBatchResult(result) {
    return result;
  }
  all(query) {
    return this.prepareOneTimeQuery(this.dialect.sqlToQuery(query), void 0, "run", false).all();
  }
  /** @internal */
  extractRawAllValueFromBatchResult(_result) {
    throw new Error("Not implemented");
  }
  get(query) {
    return this.prepareOneTimeQuery(this.dialect.sqlToQuery(query), void 0, "run", false).get();
  }
  /** @internal */
  extractRawGetValueFromBatchResult(_result) {
    throw new Error("Not implemented");
  }
  values(query) {
    return this.prepareOneTimeQuery(this.dialect.sqlToQuery(query), void 0, "run", false).values();
  }
  async count(sql2) {
    const result = await this.values(sql2);
    return result[0][0];
  }
  /** @internal */
  extractRawValuesValueFromBatchResult(_result) {
    throw new Error("Not implemented");
  }
};
var SQLiteTransaction = class extends BaseSQLiteDatabase {
  constructor(resultType, dialect, session2, schema, nestedIndex = 0) {
    super(resultType, dialect, session2, schema);
    this.schema = schema;
    this.nestedIndex = nestedIndex;
  }
  static [entityKind] = "SQLiteTransaction";
  rollback() {
    throw new TransactionRollbackError();
  }
};

// node_modules/drizzle-orm/better-sqlite3/session.js
var BetterSQLiteSession = class extends SQLiteSession {
  constructor(client, dialect, schema, options = {}) {
    super(dialect);
    this.client = client;
    this.schema = schema;
    this.logger = options.logger ?? new NoopLogger();
    this.cache = options.cache ?? new NoopCache();
  }
  static [entityKind] = "BetterSQLiteSession";
  logger;
  cache;
  prepareQuery(query, fields, executeMethod, isResponseInArrayMode, customResultMapper, queryMetadata, cacheConfig) {
    const stmt = this.client.prepare(query.sql);
    return new PreparedQuery(
      stmt,
      query,
      this.logger,
      this.cache,
      queryMetadata,
      cacheConfig,
      fields,
      executeMethod,
      isResponseInArrayMode,
      customResultMapper
    );
  }
  transaction(transaction, config = {}) {
    const tx = new BetterSQLiteTransaction("sync", this.dialect, this, this.schema);
    const nativeTx = this.client.transaction(transaction);
    return nativeTx[config.behavior ?? "deferred"](tx);
  }
};
var BetterSQLiteTransaction = class _BetterSQLiteTransaction extends SQLiteTransaction {
  static [entityKind] = "BetterSQLiteTransaction";
  transaction(transaction) {
    const savepointName = `sp${this.nestedIndex}`;
    const tx = new _BetterSQLiteTransaction("sync", this.dialect, this.session, this.schema, this.nestedIndex + 1);
    this.session.run(sql.raw(`savepoint ${savepointName}`));
    try {
      const result = transaction(tx);
      this.session.run(sql.raw(`release savepoint ${savepointName}`));
      return result;
    } catch (err) {
      this.session.run(sql.raw(`rollback to savepoint ${savepointName}`));
      throw err;
    }
  }
};
var PreparedQuery = class extends SQLitePreparedQuery {
  constructor(stmt, query, logger, cache, queryMetadata, cacheConfig, fields, executeMethod, _isResponseInArrayMode, customResultMapper) {
    super("sync", executeMethod, query, cache, queryMetadata, cacheConfig);
    this.stmt = stmt;
    this.logger = logger;
    this.fields = fields;
    this._isResponseInArrayMode = _isResponseInArrayMode;
    this.customResultMapper = customResultMapper;
  }
  static [entityKind] = "BetterSQLitePreparedQuery";
  run(placeholderValues) {
    const params = fillPlaceholders(this.query.params, placeholderValues ?? {});
    this.logger.logQuery(this.query.sql, params);
    return this.stmt.run(...params);
  }
  all(placeholderValues) {
    const { fields, joinsNotNullableMap, query, logger, stmt, customResultMapper } = this;
    if (!fields && !customResultMapper) {
      const params = fillPlaceholders(query.params, placeholderValues ?? {});
      logger.logQuery(query.sql, params);
      return stmt.all(...params);
    }
    const rows = this.values(placeholderValues);
    if (customResultMapper) {
      return customResultMapper(rows);
    }
    return rows.map((row) => mapResultRow(fields, row, joinsNotNullableMap));
  }
  get(placeholderValues) {
    const params = fillPlaceholders(this.query.params, placeholderValues ?? {});
    this.logger.logQuery(this.query.sql, params);
    const { fields, stmt, joinsNotNullableMap, customResultMapper } = this;
    if (!fields && !customResultMapper) {
      return stmt.get(...params);
    }
    const row = stmt.raw().get(...params);
    if (!row) {
      return void 0;
    }
    if (customResultMapper) {
      return customResultMapper([row]);
    }
    return mapResultRow(fields, row, joinsNotNullableMap);
  }
  values(placeholderValues) {
    const params = fillPlaceholders(this.query.params, placeholderValues ?? {});
    this.logger.logQuery(this.query.sql, params);
    return this.stmt.raw().all(...params);
  }
  /** @internal */
  isResponseInArrayMode() {
    return this._isResponseInArrayMode;
  }
};

// node_modules/drizzle-orm/better-sqlite3/driver.js
var BetterSQLite3Database = class extends BaseSQLiteDatabase {
  static [entityKind] = "BetterSQLite3Database";
};
function construct(client, config = {}) {
  const dialect = new SQLiteSyncDialect({ casing: config.casing });
  let logger;
  if (config.logger === true) {
    logger = new DefaultLogger();
  } else if (config.logger !== false) {
    logger = config.logger;
  }
  let schema;
  if (config.schema) {
    const tablesConfig = extractTablesRelationalConfig(
      config.schema,
      createTableRelationsHelpers
    );
    schema = {
      fullSchema: config.schema,
      schema: tablesConfig.tables,
      tableNamesMap: tablesConfig.tableNamesMap
    };
  }
  const session2 = new BetterSQLiteSession(client, dialect, schema, { logger });
  const db2 = new BetterSQLite3Database("sync", dialect, session2, schema);
  db2.$client = client;
  return db2;
}
function drizzle(...params) {
  if (params[0] === void 0 || typeof params[0] === "string") {
    const instance = params[0] === void 0 ? new Client() : new Client(params[0]);
    return construct(instance, params[1]);
  }
  if (isConfig(params[0])) {
    const { connection, client, ...drizzleConfig } = params[0];
    if (client) return construct(client, drizzleConfig);
    if (typeof connection === "object") {
      const { source, ...options } = connection;
      const instance2 = new Client(source, options);
      return construct(instance2, drizzleConfig);
    }
    const instance = new Client(connection);
    return construct(instance, drizzleConfig);
  }
  return construct(params[0], params[1]);
}
((drizzle2) => {
  function mock(config) {
    return construct({}, config);
  }
  drizzle2.mock = mock;
})(drizzle || (drizzle = {}));

// node_modules/drizzle-orm/migrator.js
import crypto2 from "node:crypto";
import fs from "node:fs";
function readMigrationFiles(config) {
  const migrationFolderTo = config.migrationsFolder;
  const migrationQueries = [];
  const journalPath = `${migrationFolderTo}/meta/_journal.json`;
  if (!fs.existsSync(journalPath)) {
    throw new Error(`Can't find meta/_journal.json file`);
  }
  const journalAsString = fs.readFileSync(`${migrationFolderTo}/meta/_journal.json`).toString();
  const journal = JSON.parse(journalAsString);
  for (const journalEntry of journal.entries) {
    const migrationPath = `${migrationFolderTo}/${journalEntry.tag}.sql`;
    try {
      const query = fs.readFileSync(`${migrationFolderTo}/${journalEntry.tag}.sql`).toString();
      const result = query.split("--> statement-breakpoint").map((it) => {
        return it;
      });
      migrationQueries.push({
        sql: result,
        bps: journalEntry.breakpoints,
        folderMillis: journalEntry.when,
        hash: crypto2.createHash("sha256").update(query).digest("hex")
      });
    } catch {
      throw new Error(`No file ${migrationPath} found in ${migrationFolderTo} folder`);
    }
  }
  return migrationQueries;
}

// node_modules/drizzle-orm/better-sqlite3/migrator.js
function migrate(db2, config) {
  const migrations = readMigrationFiles(config);
  db2.dialect.migrate(migrations, db2.session, config);
}

// src/lib/server/db/client.ts
import { mkdirSync, statSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// src/lib/server/db/schema.ts
var schema_exports = {};
__export(schema_exports, {
  ANNUAL_REPORT_STATUSES: () => ANNUAL_REPORT_STATUSES,
  ASSIGNMENT_ROLES: () => ASSIGNMENT_ROLES,
  ASSIGNMENT_STATUSES: () => ASSIGNMENT_STATUSES,
  BODY_LEVELS: () => BODY_LEVELS,
  BULLETIN_ITEM_KINDS: () => BULLETIN_ITEM_KINDS,
  BULLETIN_KINDS: () => BULLETIN_KINDS,
  DEADLINE_CHANGE_KINDS: () => DEADLINE_CHANGE_KINDS2,
  ENTRY_KINDS: () => ENTRY_KINDS,
  EVENT_TYPES: () => EVENT_TYPES,
  EXTENSION_STATUSES: () => EXTENSION_STATUSES,
  GRADES: () => GRADES,
  LIGHTS: () => LIGHTS,
  NOTICE_KINDS: () => NOTICE_KINDS,
  PLAN_KINDS: () => PLAN_KINDS,
  PUBLISH_MODES: () => PUBLISH_MODES,
  REPORT_FORMATS: () => REPORT_FORMATS,
  ROLES: () => ROLES,
  SUCCESSION_KINDS: () => SUCCESSION_KINDS,
  UNIT_KINDS: () => UNIT_KINDS,
  annualReport: () => annualReport,
  annualReportSubmission: () => annualReportSubmission,
  assessmentClass: () => assessmentClass,
  assignment: () => assignment,
  assignmentDeadline: () => assignmentDeadline,
  assignmentEvent: () => assignmentEvent,
  assignmentRollup: () => assignmentRollup,
  auditLog: () => auditLog,
  bodySetting: () => bodySetting,
  bulletin: () => bulletin,
  bulletinItem: () => bulletinItem,
  bulletinLine: () => bulletinLine,
  bulletinUnit: () => bulletinUnit,
  deadlineChange: () => deadlineChange,
  evidence: () => evidence,
  extensionRequest: () => extensionRequest,
  loginThrottle: () => loginThrottle,
  milestone: () => milestone,
  notice: () => notice,
  objection: () => objection,
  plan: () => plan,
  planClosure: () => planClosure,
  planImport: () => planImport,
  progressReport: () => progressReport,
  rectification: () => rectification,
  review: () => review,
  rubric: () => rubric,
  scoreEntry: () => scoreEntry,
  section: () => section,
  session: () => session,
  submission: () => submission,
  task: () => task,
  unit: () => unit,
  unitAlias: () => unitAlias,
  unitGroup: () => unitGroup,
  unitSuccession: () => unitSuccession,
  user: () => user
});

// src/lib/server/scoring/facts.ts
var DEADLINE_CHANGE_KINDS = ["milestone", "office", "extension"];
var ENTRY_KINDS = [
  "score",
  "level",
  "count",
  "percent",
  "deduction",
  "bonus",
  "major-deduction",
  "veto",
  "not-applicable"
];

// src/lib/server/db/schema.ts
var UNIT_KINDS = ["department", "county", "zone", "office", "other"];
var ROLES = ["admin", "unit", "leader"];
var ASSIGNMENT_ROLES = ["lead", "responsible"];
var ASSIGNMENT_STATUSES = ["not_started", "in_progress", "submitted", "accepted", "returned"];
var GRADES = ["excellent", "good", "fair", "poor"];
var LIGHTS = ["green", "yellow", "red"];
var createdAt = () => integer("created_at", { mode: "number" }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`);
var unit = sqliteTable(
  "unit",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Full name: 石家庄市司法局. */
    name: text("name").notNull(),
    /** Short name as plans write it: 市司法局. */
    shortName: text("short_name").notNull(),
    kind: text("kind", { enum: UNIT_KINDS }).notNull(),
    sortOrder: integer("sort_order").notNull().default(0),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The period the unit exists ('YYYY-MM-DD'; null: open-ended). A 机构改革 ends one and starts its successors. */
    validFrom: text("valid_from"),
    validTo: text("valid_to"),
    createdAt: createdAt()
  },
  (t2) => [
    uniqueIndex("unit_name_uq").on(t2.name),
    uniqueIndex("unit_short_name_uq").on(t2.shortName),
    index("unit_kind_idx").on(t2.kind, t2.sortOrder)
  ]
);
var SUCCESSION_KINDS = ["rename", "merge", "split"];
var unitSuccession = sqliteTable(
  "unit_succession",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    fromUnitId: integer("from_unit_id").notNull().references(() => unit.id),
    toUnitId: integer("to_unit_id").notNull().references(() => unit.id),
    kind: text("kind", { enum: SUCCESSION_KINDS }).notNull(),
    effectiveOn: text("effective_on").notNull(),
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [index("unit_succession_from_idx").on(t2.fromUnitId), index("unit_succession_to_idx").on(t2.toUnitId)]
);
var unitAlias = sqliteTable(
  "unit_alias",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id").notNull().references(() => unit.id, { onDelete: "cascade" }),
    alias: text("alias").notNull(),
    createdAt: createdAt()
  },
  (t2) => [uniqueIndex("unit_alias_uq").on(t2.alias), index("unit_alias_unit_idx").on(t2.unitId)]
);
var unitGroup = sqliteTable(
  "unit_group",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    name: text("name").notNull(),
    /** Other spellings: JSON array of strings (各县(市、区)人民政府). */
    aliases: text("aliases", { mode: "json" }).$type().notNull().default([]),
    expandsToKind: text("expands_to_kind", { enum: UNIT_KINDS }),
    description: text("description").notNull().default("")
  },
  (t2) => [uniqueIndex("unit_group_name_uq").on(t2.name)]
);
var user = sqliteTable(
  "user",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: text("role", { enum: ROLES }).notNull(),
    unitId: integer("unit_id").references(() => unit.id),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    createdAt: createdAt()
  },
  (t2) => [
    uniqueIndex("user_username_uq").on(t2.username),
    check("user_unit_role_ck", sql`(${t2.role} = 'unit') = (${t2.unitId} is not null)`)
  ]
);
var session = sqliteTable(
  "session",
  {
    id: text("id").primaryKey(),
    userId: integer("user_id").notNull().references(() => user.id, { onDelete: "cascade" }),
    expiresAt: integer("expires_at", { mode: "number" }).notNull(),
    createdAt: createdAt(),
    ip: text("ip").notNull().default("")
  },
  (t2) => [index("session_user_idx").on(t2.userId)]
);
var loginThrottle = sqliteTable("login_throttle", {
  /** 'user:<name>' or 'ip:<address>'. */
  key: text("key").primaryKey(),
  failures: integer("failures").notNull().default(0),
  windowStart: integer("window_start", { mode: "number" }).notNull(),
  lockedUntil: integer("locked_until", { mode: "number" }).notNull().default(0)
});
var auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: createdAt(),
    userId: integer("user_id"),
    /** Kept as text so the row still says who after the user is renamed. */
    username: text("username").notNull().default(""),
    action: text("action").notNull(),
    objectType: text("object_type").notNull(),
    objectId: text("object_id").notNull().default(""),
    summary: text("summary").notNull().default(""),
    detail: text("detail", { mode: "json" }).$type(),
    ip: text("ip").notNull().default("")
  },
  (t2) => [
    index("audit_log_at_idx").on(t2.at),
    index("audit_log_object_idx").on(t2.objectType, t2.objectId),
    index("audit_log_user_idx").on(t2.userId, t2.at)
  ]
);
var PLAN_KINDS = ["work", "rectification"];
var plan = sqliteTable(
  "plan",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    title: text("title").notNull(),
    year: integer("year").notNull(),
    docNumber: text("doc_number").notNull().default(""),
    issuer: text("issuer").notNull().default(""),
    /** 'YYYY-MM-DD' or ''. */
    issuedOn: text("issued_on").notNull().default(""),
    sourceText: text("source_text").notNull().default(""),
    /** Days before a milestone when the light turns yellow. */
    warnDays: integer("warn_days").notNull().default(15),
    /** Bumped by triggers on every change to the plan's tasks, milestones or assignments: board caches key on it. */
    dataVersion: integer("data_version").notNull().default(0),
    /** When the office closed the year (关闭年度): from then on nothing of the plan changes (triggers refuse it). */
    closedAt: integer("closed_at", { mode: "number" }),
    closedBy: integer("closed_by").references(() => user.id),
    /** The closed plan this one was drafted from (结转), if any. */
    fromPlanId: integer("from_plan_id"),
    createdAt: createdAt(),
    createdBy: integer("created_by").references(() => user.id),
    kind: text("kind", { enum: PLAN_KINDS }).notNull().default("work"),
    /** For a rectification plan: the work plan whose rectifications it holds. */
    parentId: integer("parent_id").references(() => plan.id)
  },
  (t2) => [
    uniqueIndex("plan_title_year_uq").on(t2.title, t2.year),
    index("plan_year_idx").on(t2.year),
    uniqueIndex("plan_parent_uq").on(t2.parentId).where(sql`parent_id is not null`)
  ]
);
var planClosure = sqliteTable(
  "plan_closure",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plan.id, { onDelete: "cascade" }),
    action: text("action", { enum: ["close", "reopen"] }).notNull(),
    reason: text("reason").notNull().default(""),
    actorId: integer("actor_id").notNull().references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [index("plan_closure_plan_idx").on(t2.planId, t2.createdAt)]
);
var section = sqliteTable(
  "section",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plan.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    title: text("title").notNull(),
    sortOrder: integer("sort_order").notNull()
  },
  (t2) => [index("section_plan_idx").on(t2.planId, t2.sortOrder)]
);
var task = sqliteTable(
  "task",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plan.id, { onDelete: "cascade" }),
    sectionId: integer("section_id").notNull().references(() => section.id, { onDelete: "cascade" }),
    code: text("code").notNull(),
    title: text("title").notNull(),
    body: text("body").notNull().default(""),
    /** The unit note as written (牵头单位:…;责任单位:…). */
    unitNote: text("unit_note").notNull().default(""),
    /** The list ended in 等部门: the office may add units. */
    openList: integer("open_list", { mode: "boolean" }).notNull().default(false),
    /** Groups named that the office resolves by hand (市政府有关部门), JSON array. */
    pickedGroups: text("picked_groups", { mode: "json" }).$type().notNull().default([]),
    /** Undated duties kept as text (每季度…), JSON array. */
    duties: text("duties", { mode: "json" }).$type().notNull().default([]),
    /** Weight for scoring; equal by default. */
    weight: real("weight").notNull().default(1),
    /** The task of an earlier year this one carries over (结转): its history shows on this task's page. */
    predecessorTaskId: integer("predecessor_task_id"),
    /** Where a next-year candidate came from (结转自…, 年度报告“五”…); empty for a task of the imported text. */
    originNote: text("origin_note").notNull().default(""),
    sortOrder: integer("sort_order").notNull(),
    /** When work on this task starts counting for 序时进度 (a rectification opened mid-year); null: the plan's start. */
    startsOn: text("starts_on")
  },
  (t2) => [index("task_plan_idx").on(t2.planId, t2.sortOrder), index("task_section_idx").on(t2.sectionId, t2.sortOrder)]
);
var milestone = sqliteTable(
  "milestone",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskId: integer("task_id").notNull().references(() => task.id, { onDelete: "cascade" }),
    dueOn: text("due_on").notNull(),
    what: text("what").notNull().default(""),
    sortOrder: integer("sort_order").notNull().default(0)
  },
  (t2) => [index("milestone_task_idx").on(t2.taskId, t2.dueOn), index("milestone_due_idx").on(t2.dueOn)]
);
var assignment = sqliteTable(
  "assignment",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskId: integer("task_id").notNull().references(() => task.id, { onDelete: "cascade" }),
    /** Denormalised from task for per-plan roll-ups without a join. */
    planId: integer("plan_id").notNull().references(() => plan.id, { onDelete: "cascade" }),
    unitId: integer("unit_id").notNull().references(() => unit.id),
    role: text("role", { enum: ASSIGNMENT_ROLES }).notNull(),
    /** The group the unit came in through (市政府各部门), or '' when named directly. */
    viaGroup: text("via_group").notNull().default(""),
    status: text("status", { enum: ASSIGNMENT_STATUSES }).notNull().default("not_started"),
    progressPercent: integer("progress_percent").notNull().default(0),
    grade: text("grade", { enum: GRADES }),
    returnCount: integer("return_count").notNull().default(0),
    /** Server time of the latest submission (a copy of it, for the queue order; history is in `submission`). */
    submittedAt: integer("submitted_at", { mode: "number" }),
    /** Server time of the submission that was accepted (not of the review): timeliness is scored from it. */
    acceptedAt: integer("accepted_at", { mode: "number" }),
    /** Date covered by the latest sent progress report: meets interim milestones (see assignments/lights.ts). */
    lastReportedOn: text("last_reported_on"),
    /** The light as last computed (sweep and every change); a change to yellow/red creates one notice. */
    lastLight: text("last_light", { enum: LIGHTS }),
    /** Optimistic lock: every change bumps it; stale forms are refused. */
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull().default(sql`(cast(unixepoch('subsec') * 1000 as integer))`)
  },
  (t2) => [
    uniqueIndex("assignment_task_unit_uq").on(t2.taskId, t2.unitId),
    index("assignment_unit_idx").on(t2.unitId, t2.planId),
    index("assignment_plan_status_idx").on(t2.planId, t2.status),
    index("assignment_plan_light_idx").on(t2.planId, t2.lastLight),
    index("assignment_plan_accepted_idx").on(t2.planId, t2.acceptedAt),
    // A plan's assignments in id order without a sort (the scoring loader's slices).
    index("assignment_plan_idx").on(t2.planId),
    // The review queue (all plans, oldest submission first) and its count on every office page.
    index("assignment_status_submitted_idx").on(t2.status, t2.submittedAt)
  ]
);
var progressReport = sqliteTable(
  "progress_report",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    reportedOn: text("reported_on").notNull(),
    content: text("content").notNull(),
    percent: integer("percent").notNull(),
    /** Server time of 报送; null while only saved (暂存): then it is the unit's own and changes nothing. */
    sentAt: integer("sent_at", { mode: "number" }),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" })
  },
  (t2) => [
    index("progress_report_assignment_idx").on(t2.assignmentId, t2.createdAt),
    index("progress_report_sent_idx").on(t2.assignmentId, t2.sentAt),
    // One saved draft per assignment: saving again edits it.
    uniqueIndex("progress_report_draft_uq").on(t2.assignmentId).where(sql`sent_at is null`)
  ]
);
var evidence = sqliteTable(
  "evidence",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: ["file", "link"] }).notNull(),
    description: text("description").notNull().default(""),
    url: text("url"),
    /** SHA-256 hex of the content; the stored file's name. */
    fileHash: text("file_hash"),
    /** Original name, for display and Content-Disposition only. */
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    size: integer("size"),
    /** Server time it went out with a sent report or a submission; null while it is the unit's draft. */
    sentAt: integer("sent_at", { mode: "number" }),
    /** The sent report or the submission it went out with. */
    reportId: integer("report_id").references(() => progressReport.id),
    submissionId: integer("submission_id").references(() => submission.id),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [
    index("evidence_assignment_idx").on(t2.assignmentId),
    index("evidence_hash_idx").on(t2.fileHash),
    check(
      "evidence_kind_ck",
      sql`(${t2.kind} = 'file' and ${t2.fileHash} is not null) or (${t2.kind} = 'link' and ${t2.url} is not null)`
    )
  ]
);
var submission = sqliteTable(
  "submission",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    /** 办结情况说明. */
    summary: text("summary").notNull(),
    percent: integer("percent").notNull().default(100),
    /** Server time of the submission; null for a saved draft. */
    submittedAt: integer("submitted_at", { mode: "number" }),
    /** The assignment's final deadline in force when it was submitted ('YYYY-MM-DD'). */
    dueOn: text("due_on"),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" })
  },
  (t2) => [
    index("submission_assignment_idx").on(t2.assignmentId, t2.submittedAt),
    uniqueIndex("submission_draft_uq").on(t2.assignmentId).where(sql`submitted_at is null`)
  ]
);
var review = sqliteTable(
  "review",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    /** The submission it decided (null only for reviews made before submissions were kept). */
    submissionId: integer("submission_id").references(() => submission.id),
    decision: text("decision", { enum: ["accept", "return"] }).notNull(),
    grade: text("grade", { enum: GRADES }),
    comment: text("comment").notNull().default(""),
    reviewerId: integer("reviewer_id").notNull().references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [index("review_assignment_idx").on(t2.assignmentId)]
);
var EVENT_TYPES = [
  "report",
  "submitted",
  "returned",
  "accepted",
  "reminder",
  "extension_requested",
  "extension_approved",
  "extension_refused",
  "deadline_changed",
  /** A 整改 was opened: the first entry of a rectification's timeline. */
  "rectification_opened"
];
var assignmentEvent = sqliteTable(
  "assignment_event",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    type: text("type", { enum: EVENT_TYPES }).notNull(),
    actorId: integer("actor_id").references(() => user.id),
    message: text("message").notNull().default(""),
    createdAt: createdAt()
  },
  (t2) => [index("assignment_event_assignment_idx").on(t2.assignmentId, t2.createdAt)]
);
var assignmentDeadline = sqliteTable(
  "assignment_deadline",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    milestoneId: integer("milestone_id").references(() => milestone.id, { onDelete: "cascade" }),
    dueOn: text("due_on").notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull()
  },
  (t2) => [
    uniqueIndex("assignment_deadline_ms_uq").on(t2.assignmentId, t2.milestoneId).where(sql`milestone_id is not null`),
    uniqueIndex("assignment_deadline_final_uq").on(t2.assignmentId).where(sql`milestone_id is null`),
    index("assignment_deadline_milestone_idx").on(t2.milestoneId)
  ]
);
var EXTENSION_STATUSES = ["pending", "approved", "refused", "withdrawn"];
var extensionRequest = sqliteTable(
  "extension_request",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id, { onDelete: "cascade" }),
    /** The milestone whose date it asks to move (null: the year-end deadline of a task without one). */
    milestoneId: integer("milestone_id").references(() => milestone.id, { onDelete: "set null" }),
    /** The date in force when asked, and the date asked for. */
    currentDue: text("current_due").notNull(),
    requestedDue: text("requested_due").notNull(),
    reason: text("reason").notNull(),
    status: text("status", { enum: EXTENSION_STATUSES }).notNull().default("pending"),
    decidedDue: text("decided_due"),
    decisionNote: text("decision_note").notNull().default(""),
    decidedBy: integer("decided_by").references(() => user.id),
    decidedAt: integer("decided_at", { mode: "number" }),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [
    index("extension_request_assignment_idx").on(t2.assignmentId, t2.createdAt),
    index("extension_request_status_idx").on(t2.status, t2.createdAt),
    uniqueIndex("extension_request_pending_uq").on(t2.assignmentId).where(sql`status = 'pending'`)
  ]
);
var DEADLINE_CHANGE_KINDS2 = ["milestone", "office", "extension"];
var deadlineChange = sqliteTable(
  "deadline_change",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    taskId: integer("task_id").notNull().references(() => task.id, { onDelete: "cascade" }),
    assignmentId: integer("assignment_id").references(() => assignment.id, { onDelete: "cascade" }),
    /** Kept as a plain number: the history outlives a deleted milestone. */
    milestoneId: integer("milestone_id"),
    /** What the milestone is (its text when the change was made). */
    label: text("label").notNull().default(""),
    /** Null when a milestone was added; `toDue` null when one was removed. */
    fromDue: text("from_due"),
    toDue: text("to_due"),
    kind: text("kind", { enum: DEADLINE_CHANGE_KINDS2 }).notNull(),
    reason: text("reason").notNull().default(""),
    extensionRequestId: integer("extension_request_id").references(() => extensionRequest.id),
    actorId: integer("actor_id").references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [
    index("deadline_change_task_idx").on(t2.taskId, t2.createdAt),
    index("deadline_change_assignment_idx").on(t2.assignmentId, t2.createdAt)
  ]
);
var NOTICE_KINDS = [
  "auto_yellow",
  "auto_red",
  "manual",
  "returned",
  "accepted",
  "deadline",
  "assessment"
];
var notice = sqliteTable(
  "notice",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    unitId: integer("unit_id").notNull().references(() => unit.id),
    assignmentId: integer("assignment_id").references(() => assignment.id, { onDelete: "cascade" }),
    kind: text("kind", { enum: NOTICE_KINDS }).notNull(),
    message: text("message").notNull(),
    createdBy: integer("created_by").references(() => user.id),
    createdAt: createdAt(),
    readAt: integer("read_at", { mode: "number" })
  },
  (t2) => [index("notice_unit_idx").on(t2.unitId, t2.readAt, t2.createdAt)]
);
var planImport = sqliteTable(
  "plan_import",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sourceName: text("source_name").notNull().default(""),
    sourceText: text("source_text").notNull().default(""),
    /** The ParsedPlan as JSON. */
    parsed: text("parsed", { mode: "json" }).notNull(),
    status: text("status", { enum: ["draft", "confirmed", "discarded"] }).notNull().default("draft"),
    planId: integer("plan_id").references(() => plan.id, { onDelete: "set null" }),
    /** A next year's draft: the closed plan it starts from. */
    fromPlanId: integer("from_plan_id").references(() => plan.id, { onDelete: "set null" }),
    /** A next year's draft: its candidate tasks (结转, improvements, rectifications), JSON array. */
    candidates: text("candidates", { mode: "json" }).notNull().default([]),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [index("plan_import_created_idx").on(t2.createdBy, t2.createdAt)]
);
var assignmentRollup = sqliteTable(
  "assignment_rollup",
  {
    planId: integer("plan_id").notNull().references(() => plan.id, { onDelete: "cascade" }),
    sectionId: integer("section_id").notNull(),
    unitId: integer("unit_id").notNull(),
    total: integer("total").notNull().default(0),
    notStarted: integer("not_started").notNull().default(0),
    inProgress: integer("in_progress").notNull().default(0),
    submitted: integer("submitted").notNull().default(0),
    accepted: integer("accepted").notNull().default(0),
    returned: integer("returned").notNull().default(0),
    red: integer("red").notNull().default(0),
    yellow: integer("yellow").notNull().default(0),
    green: integer("green").notNull().default(0)
  },
  (t2) => [
    primaryKey({ columns: [t2.planId, t2.sectionId, t2.unitId] }),
    index("assignment_rollup_unit_idx").on(t2.planId, t2.unitId)
  ]
);
var BODY_LEVELS = ["province", "city", "county", "department"];
var bodySetting = sqliteTable(
  "body_setting",
  {
    id: integer("id").primaryKey(),
    /** The place as unit names start with it: 石家庄市 (石家庄市司法局), 长安区, 河北省. */
    name: text("name").notNull(),
    /** The name reports are issued under: 石家庄市人民政府. */
    issuer: text("issuer").notNull().default(""),
    level: text("level", { enum: BODY_LEVELS }).notNull(),
    /** Short prefixes plans use for the body's own units, in order: ["市"], ["区"], ["省"]. */
    prefixes: text("prefixes", { mode: "json" }).$type().notNull().default([]),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
    updatedBy: integer("updated_by").references(() => user.id)
  },
  (t2) => [check("body_setting_one_row_ck", sql`${t2.id} = 1`)]
);
var REPORT_FORMATS = ["2021", "2019"];
var ANNUAL_REPORT_STATUSES = ["draft", "submitted", "returned", "accepted"];
var annualReport = sqliteTable(
  "annual_report",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    year: integer("year").notNull(),
    unitId: integer("unit_id").references(() => unit.id),
    format: text("format", { enum: REPORT_FORMATS }).notNull(),
    /** Cell key → number, or null for a blank cell. The body's row holds its own (本级) figures. */
    statistics: text("statistics", { mode: "json" }).$type().notNull(),
    /** Soft warnings the unit acknowledged: check id and place → its note. */
    acknowledgements: text("acknowledgements", { mode: "json" }).$type().notNull().default({}),
    /** The text: title, preamble and the six sections' paragraphs (annual-report/types.ts ReportDocument). */
    document: text("document", { mode: "json" }).$type(),
    status: text("status", { enum: ANNUAL_REPORT_STATUSES }).notNull().default("draft"),
    /** A published report brought in through the checker (last year's, for S1, S3 and 雷同). */
    imported: integer("imported", { mode: "boolean" }).notNull().default(false),
    /** When the office marked the text final (all hard checks passed). */
    finalAt: integer("final_at", { mode: "number" }),
    version: integer("version").notNull().default(1),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
    updatedBy: integer("updated_by").references(() => user.id)
  },
  (t2) => [
    uniqueIndex("annual_report_unit_year_uq").on(t2.unitId, t2.year).where(sql`unit_id is not null`),
    uniqueIndex("annual_report_body_year_uq").on(t2.year).where(sql`unit_id is null`),
    index("annual_report_year_status_idx").on(t2.year, t2.status)
  ]
);
var annualReportSubmission = sqliteTable(
  "annual_report_submission",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    reportId: integer("report_id").notNull().references(() => annualReport.id, { onDelete: "cascade" }),
    /** The statistics as submitted. */
    statistics: text("statistics", { mode: "json" }).$type().notNull(),
    acknowledgements: text("acknowledgements", { mode: "json" }).$type().notNull().default({}),
    submittedAt: integer("submitted_at", { mode: "number" }).notNull(),
    submittedBy: integer("submitted_by").notNull().references(() => user.id),
    decision: text("decision", { enum: ["accepted", "returned"] }),
    reason: text("reason").notNull().default(""),
    decidedAt: integer("decided_at", { mode: "number" }),
    decidedBy: integer("decided_by").references(() => user.id)
  },
  (t2) => [index("annual_report_submission_report_idx").on(t2.reportId, t2.submittedAt)]
);
var rubric = sqliteTable(
  "rubric",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plan.id),
    version: integer("version").notNull(),
    /** The rubric's own name (考核办法 title), for lists. */
    name: text("name").notNull(),
    content: text("content", { mode: "json" }).$type().notNull(),
    /** What this save changed (指标「组织保障」改为 8 分; 导入文件 x.json). */
    note: text("note").notNull().default(""),
    createdBy: integer("created_by").references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [uniqueIndex("rubric_plan_version_uq").on(t2.planId, t2.version)]
);
var assessmentClass = sqliteTable(
  "assessment_class",
  {
    planId: integer("plan_id").notNull().references(() => plan.id),
    unitId: integer("unit_id").notNull().references(() => unit.id),
    /** A class id of the rubric in force. */
    classId: text("class_id").notNull(),
    updatedAt: integer("updated_at", { mode: "number" }).notNull(),
    updatedBy: integer("updated_by").references(() => user.id)
  },
  (t2) => [primaryKey({ columns: [t2.planId, t2.unitId] })]
);
var scoreEntry = sqliteTable(
  "score_entry",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plan.id),
    unitId: integer("unit_id").notNull().references(() => unit.id),
    kind: text("kind", { enum: ENTRY_KINDS }).notNull(),
    /** The rubric id it scores: an indicator, or a 加分 / 扣分 / 重大扣分 / 否决 item. */
    indicator: text("indicator").notNull(),
    /** A score, a count, a percentage or points; null for a veto, 不适用, or "1 time". */
    amount: real("amount"),
    /** A level's name (好/较好/一般/差). */
    level: text("level"),
    /** The channel of a blended external score (online / onsite). */
    channel: text("channel"),
    reason: text("reason").notNull(),
    /** The date of the fact (检查日期): scores as of an earlier day leave it out. */
    happenedOn: text("happened_on").notNull(),
    evidenceKind: text("evidence_kind", { enum: ["file", "link"] }),
    url: text("url"),
    fileHash: text("file_hash"),
    fileName: text("file_name"),
    mimeType: text("mime_type"),
    size: integer("size"),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt(),
    revokedAt: integer("revoked_at", { mode: "number" }),
    revokedBy: integer("revoked_by").references(() => user.id),
    revokeReason: text("revoke_reason")
  },
  (t2) => [
    index("score_entry_plan_unit_idx").on(t2.planId, t2.unitId, t2.happenedOn),
    index("score_entry_hash_idx").on(t2.fileHash),
    check(
      "score_entry_evidence_ck",
      sql`${t2.evidenceKind} is null or (${t2.evidenceKind} = 'file' and ${t2.fileHash} is not null) or (${t2.evidenceKind} = 'link' and ${t2.url} is not null)`
    )
  ]
);
var objection = sqliteTable(
  "objection",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    entryId: integer("entry_id").notNull().references(() => scoreEntry.id),
    unitId: integer("unit_id").notNull().references(() => unit.id),
    reason: text("reason").notNull(),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt(),
    answer: text("answer"),
    answeredBy: integer("answered_by").references(() => user.id),
    answeredAt: integer("answered_at", { mode: "number" })
  },
  (t2) => [uniqueIndex("objection_entry_uq").on(t2.entryId), index("objection_unit_idx").on(t2.unitId, t2.createdAt)]
);
var BULLETIN_KINDS = ["monthly", "quarterly", "annual"];
var PUBLISH_MODES = ["scores", "bands"];
var bulletin = sqliteTable(
  "bulletin",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    planId: integer("plan_id").notNull().references(() => plan.id),
    kind: text("kind", { enum: BULLETIN_KINDS }).notNull(),
    /** 文号: 石政公办〔2020〕3号. */
    docNumber: text("doc_number").notNull(),
    title: text("title").notNull(),
    /** Scores as of the end of this day (截至). */
    cutOff: text("cut_off").notNull(),
    status: text("status", { enum: ["writing", "issued"] }).notNull().default("writing"),
    issuedAt: integer("issued_at", { mode: "number" }),
    issuedBy: integer("issued_by").references(() => user.id),
    /** The issuing office as it signs the bulletin (落款). */
    issuer: text("issuer").notNull().default(""),
    /** The office's comment: the body text before the tables. */
    comment: text("comment").notNull().default(""),
    publish: text("publish", { enum: PUBLISH_MODES }).notNull(),
    /** The rubric version scored with; null: the shipped default rubric. */
    rubricId: integer("rubric_id").references(() => rubric.id),
    rubricName: text("rubric_name").notNull(),
    rubricVersion: integer("rubric_version").notNull().default(0),
    /** Classes as scored: id, name, maximum, number of units. */
    classes: text("classes", { mode: "json" }).$type().notNull(),
    /** Units not scored and why. */
    excluded: text("excluded", { mode: "json" }).$type().notNull(),
    final: integer("final", { mode: "boolean" }).notNull(),
    createdBy: integer("created_by").notNull().references(() => user.id),
    createdAt: createdAt()
  },
  (t2) => [
    index("bulletin_plan_idx").on(t2.planId, t2.status, t2.cutOff),
    // One bulletin being written per plan at a time.
    uniqueIndex("bulletin_writing_uq").on(t2.planId).where(sql`status = 'writing'`)
  ]
);
var bulletinUnit = sqliteTable(
  "bulletin_unit",
  {
    bulletinId: integer("bulletin_id").notNull().references(() => bulletin.id),
    unitId: integer("unit_id").notNull(),
    unitName: text("unit_name").notNull(),
    unitKind: text("unit_kind", { enum: UNIT_KINDS }).notNull(),
    classId: text("class_id").notNull(),
    className: text("class_name").notNull(),
    total: real("total").notNull(),
    max: real("max").notNull(),
    percent: real("percent").notNull(),
    base: real("base").notNull(),
    band: text("band").notNull(),
    bandBeforeQuota: text("band_before_quota"),
    rank: integer("rank").notNull(),
    classRank: integer("class_rank").notNull(),
    /** The veto state (一票否决) as scored, or null. */
    veto: text("veto", { mode: "json" }).$type(),
    /** The indicator tree with this unit's maxima and scores. */
    tree: text("tree", { mode: "json" }).$type().notNull(),
    /** Order in the bulletin (rank order). */
    seq: integer("seq").notNull()
  },
  (t2) => [primaryKey({ columns: [t2.bulletinId, t2.unitId] }), index("bulletin_unit_seq_idx").on(t2.bulletinId, t2.seq)]
);
var bulletinLine = sqliteTable(
  "bulletin_line",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bulletinId: integer("bulletin_id").notNull().references(() => bulletin.id),
    unitId: integer("unit_id").notNull(),
    seq: integer("seq").notNull(),
    indicator: text("indicator").notNull(),
    indicatorName: text("indicator_name").notNull(),
    rule: text("rule").notNull(),
    sourceKind: text("source_kind"),
    sourceId: integer("source_id"),
    points: real("points").notNull(),
    text: text("text").notNull()
  },
  (t2) => [index("bulletin_line_unit_idx").on(t2.bulletinId, t2.unitId, t2.seq)]
);
var BULLETIN_ITEM_KINDS = [
  "red",
  "yellow",
  "rectified",
  "rectification_overdue",
  "rectification_open"
];
var bulletinItem = sqliteTable(
  "bulletin_item",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    bulletinId: integer("bulletin_id").notNull().references(() => bulletin.id),
    kind: text("kind", { enum: BULLETIN_ITEM_KINDS }).notNull(),
    seq: integer("seq").notNull(),
    unitId: integer("unit_id").notNull(),
    unitName: text("unit_name").notNull(),
    /** The assignment (or the rectification's assignment) it is about, as a plain number. */
    assignmentId: integer("assignment_id"),
    rectificationId: integer("rectification_id"),
    /** 一(三) 加强政务信息规范管理. */
    label: text("label").notNull(),
    /** Why it is on the list: 完成时限 2020-09-30 已逾期 12 天. */
    detail: text("detail").notNull()
  },
  (t2) => [index("bulletin_item_kind_idx").on(t2.bulletinId, t2.kind, t2.seq)]
);
var rectification = sqliteTable(
  "rectification",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** The work plan the problem was found in. */
    planId: integer("plan_id").notNull().references(() => plan.id),
    unitId: integer("unit_id").notNull().references(() => unit.id),
    assignmentId: integer("assignment_id").notNull().references(() => assignment.id),
    entryId: integer("entry_id").references(() => scoreEntry.id),
    bulletinId: integer("bulletin_id").references(() => bulletin.id),
    bulletinLineId: integer("bulletin_line_id").references(() => bulletinLine.id),
    bulletinItemId: integer("bulletin_item_id").references(() => bulletinItem.id),
    /** The problem as found (the entry's reason, the line's sentence). */
    problem: text("problem").notNull(),
    /** What the office asks for (整改要求). */
    requirement: text("requirement").notNull(),
    dueOn: text("due_on").notNull(),
    openedBy: integer("opened_by").notNull().references(() => user.id),
    openedAt: integer("opened_at", { mode: "number" }).notNull()
  },
  (t2) => [
    uniqueIndex("rectification_assignment_uq").on(t2.assignmentId),
    uniqueIndex("rectification_entry_uq").on(t2.entryId).where(sql`entry_id is not null`),
    uniqueIndex("rectification_line_uq").on(t2.bulletinLineId).where(sql`bulletin_line_id is not null`),
    uniqueIndex("rectification_item_uq").on(t2.bulletinItemId).where(sql`bulletin_item_id is not null`),
    index("rectification_plan_unit_idx").on(t2.planId, t2.unitId),
    check(
      "rectification_source_ck",
      sql`(${t2.entryId} is not null) + (${t2.bulletinLineId} is not null) + (${t2.bulletinItemId} is not null) = 1`
    )
  ]
);

// src/lib/server/ops/startup.ts
var MIN_SQLITE = "3.42.0";
var StartupError = class extends Error {
  constructor(zh, en) {
    super(`${zh}
${en}`);
    this.zh = zh;
    this.en = en;
    this.name = "StartupError";
  }
  zh;
  en;
};
function compareVersions(a, b) {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d) return Math.sign(d);
  }
  return 0;
}
function assertSqliteVersion(version2) {
  if (compareVersions(version2, MIN_SQLITE) < 0)
    throw new StartupError(
      `SQLite \u7248\u672C\u8FC7\u65E7\uFF08${version2}\uFF09\uFF0C\u9700\u8981 ${MIN_SQLITE} \u6216\u66F4\u9AD8\uFF1A\u8BF7\u91CD\u65B0\u5B89\u88C5 better-sqlite3\uFF08npm ci\uFF09`,
      `SQLite ${version2} is too old; ${MIN_SQLITE} or later is required: reinstall better-sqlite3 (npm ci)`
    );
}
function assertPragmas(sqlite, { memory = false } = {}) {
  const journal = String(sqlite.pragma("journal_mode", { simple: true }));
  const sync = Number(sqlite.pragma("synchronous", { simple: true }));
  const fk = Number(sqlite.pragma("foreign_keys", { simple: true }));
  const busy = Number(sqlite.pragma("busy_timeout", { simple: true }));
  if (!memory && journal !== "wal")
    throw new StartupError(
      `\u6570\u636E\u5E93\u672A\u80FD\u542F\u7528 WAL \u6A21\u5F0F\uFF08\u5F53\u524D ${journal}\uFF09\uFF1A\u6570\u636E\u5E93\u6587\u4EF6\u4E0D\u80FD\u653E\u5728\u7F51\u7EDC\u78C1\u76D8\u4E0A`,
      `The database could not switch to WAL mode (it is ${journal}): keep the database file off network disks`
    );
  if (sync !== 2)
    throw new StartupError(
      `\u6570\u636E\u5E93 synchronous \u5E94\u4E3A FULL\uFF08\u5F53\u524D ${sync}\uFF09`,
      `The database's synchronous pragma must be FULL (it is ${sync})`
    );
  if (fk !== 1) throw new StartupError("\u6570\u636E\u5E93\u672A\u80FD\u542F\u7528\u5916\u952E\u7EA6\u675F", "The database could not enable foreign keys");
  if (busy < 1e3) throw new StartupError("\u6570\u636E\u5E93 busy_timeout \u672A\u8BBE\u7F6E", "The database busy_timeout is not set");
}

// src/lib/server/db/client.ts
function defaultMigrationsFolder() {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [resolve(here, "../../../../drizzle"), resolve(process.cwd(), "drizzle")];
  return candidates.find((c) => existsDir(c)) ?? candidates[1];
}
function existsDir(p) {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
function applyPragmas(sqlite, { memory = false } = {}) {
  assertSqliteVersion(String(sqlite.prepare("select sqlite_version() v").get().v));
  if (!memory) sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = FULL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  assertPragmas(sqlite, { memory });
}
function openDatabase(path, options = {}) {
  const memory = path === ":memory:";
  if (!memory) mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new Database(path);
  applyPragmas(sqlite, { memory });
  const onQuery = options.onQuery;
  const db2 = drizzle(sqlite, { schema: schema_exports, logger: onQuery ? { logQuery: (sql2) => onQuery(sql2) } : false });
  if (options.migrate !== false)
    migrate(db2, { migrationsFolder: options.migrationsFolder ?? defaultMigrationsFolder() });
  return db2;
}
var preparedCache = /* @__PURE__ */ new WeakMap();
function prepared(db2, key, build) {
  let map = preparedCache.get(db2.$client);
  if (!map) preparedCache.set(db2.$client, map = /* @__PURE__ */ new Map());
  let q = map.get(key);
  if (!q) map.set(key, q = build(db2));
  return q;
}

// src/lib/server/shared/time.ts
var SHANGHAI = new Intl.DateTimeFormat("en-CA", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit"
});
function shanghaiDate(at = Date.now()) {
  return SHANGHAI.format(typeof at === "number" ? new Date(at) : at);
}

// src/lib/server/assignments/base.ts
var assignmentColumns = {
  id: assignment.id,
  taskId: assignment.taskId,
  planId: assignment.planId,
  unitId: assignment.unitId,
  role: assignment.role,
  status: assignment.status,
  progressPercent: assignment.progressPercent,
  grade: assignment.grade,
  returnCount: assignment.returnCount,
  submittedAt: assignment.submittedAt,
  lastReportedOn: assignment.lastReportedOn,
  lastLight: assignment.lastLight,
  version: assignment.version,
  /** The task's code with its section's numeral (一(三)), so it names the task on its own. */
  taskCode: sql`${section.code} || ${task.code}`.as("task_code"),
  taskTitle: task.title,
  taskSort: task.sortOrder,
  /** When the task's work started counting, if not the plan's start (a rectification opened mid-year). */
  taskStartsOn: task.startsOn,
  sectionId: section.id,
  sectionCode: section.code,
  sectionTitle: section.title,
  sectionSort: section.sortOrder,
  planTitle: plan.title,
  planYear: plan.year,
  issuedOn: plan.issuedOn,
  warnDays: plan.warnDays,
  /** Set when the year is closed: nothing of it changes, its lights included. */
  planClosedAt: plan.closedAt,
  unitName: unit.shortName,
  unitKind: unit.kind,
  unitSort: unit.sortOrder
};

// src/lib/server/assignments/light-state.ts
function planStart(p) {
  return p.issuedOn && p.issuedOn.startsWith(String(p.year)) ? p.issuedOn : `${p.year}-01-01`;
}

// src/lib/domain-error.ts
var STATUS = {
  invalid: 400,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported: 415,
  throttled: 429
};
var DomainError = class extends Error {
  code;
  /** Per-field messages for forms, keyed by input name. */
  fields;
  constructor(code, message, fields = {}) {
    super(message);
    this.name = "DomainError";
    this.code = code;
    this.fields = fields;
  }
  get status() {
    return STATUS[this.code];
  }
};

// src/lib/server/shared/steps.ts
function runAtOnce(steps) {
  for (; ; ) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

// src/lib/server/units/kinds.ts
var UNIT_KIND_ORDER = ["office", "department", "other", "county", "zone"];

// src/lib/server/scoring/load-deadlines.ts
function deadlineHistory(milestones, taskChanges, ownChanges, yearEnd) {
  if (!taskChanges.length && !ownChanges.length) return void 0;
  const current = new Map(milestones.map((m) => [m.id, m.dueOn]));
  const keys = new Set(milestones.map((m) => m.id));
  for (const c of taskChanges) keys.add(c.milestoneId);
  const yearEndOnly = keys.size === 0;
  if (yearEndOnly) keys.add(null);
  for (const c of ownChanges) if (c.milestoneId !== null || yearEndOnly) keys.add(c.milestoneId);
  const out = [];
  for (const key of keys) {
    const events = [
      ...taskChanges.filter((c) => c.milestoneId === key),
      ...ownChanges.filter((c) => c.milestoneId === key)
    ].sort((a, b) => a.at - b.at || a.id - b.id);
    const firstTask = events.find((e) => !e.own);
    const original = firstTask ? firstTask.fromDue : key === null ? yearEnd : current.get(key) ?? null;
    if (original === null && !firstTask) continue;
    let taskDue = original;
    let own = null;
    let inForce = original;
    const changes = [];
    for (const e of events) {
      if (!e.own) {
        taskDue = e.toDue;
        if (taskDue === null) own = null;
      } else own = e.toDue === taskDue ? null : e.toDue;
      const next = taskDue === null ? null : own ?? taskDue;
      if (next === inForce) continue;
      changes.push({ id: e.id, at: e.at, kind: e.kind, from: inForce, to: next, reason: e.reason });
      inForce = next;
    }
    out.push({ milestoneId: key, dueOn: original, ...changes.length ? { changes } : {} });
  }
  return out.length ? out : void 0;
}

// src/lib/server/scoring/load.ts
var SLICE = 250;
var ADDED_LATER_MS = 6e4;
function planOf(db2, planId2) {
  const p = db2.$client.prepare("select id, title, year, issued_on, created_at, kind from plan where id = ?").get(planId2);
  if (!p) throw new DomainError("not_found", "\u5DE5\u4F5C\u8981\u70B9\u4E0D\u5B58\u5728");
  if (p.kind !== "work") throw new DomainError("invalid", "\u6574\u6539\u4E8B\u9879\u4E0D\u53C2\u52A0\u8003\u6838\u8BA1\u5206");
  return p;
}
function unitsOf(db2, planId2) {
  const rows = db2.$client.prepare(
    `select u.id, u.short_name name, u.kind, u.sort_order, c.class_id
			from unit u left join assessment_class c on c.unit_id = u.id and c.plan_id = @plan
			where exists (select 1 from assignment a where a.unit_id = u.id and a.plan_id = @plan)
				or exists (select 1 from score_entry e where e.unit_id = u.id and e.plan_id = @plan and e.revoked_at is null)
				or c.unit_id is not null`
  ).all({ plan: planId2 });
  const order = (k) => UNIT_KIND_ORDER.indexOf(k);
  rows.sort((a, b) => order(a.kind) - order(b.kind) || a.sort_order - b.sort_order || a.id - b.id);
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, ...r.class_id ? { class: r.class_id } : {} }));
}
function entriesOf(db2, planId2) {
  const rows = db2.$client.prepare(
    `select id, unit_id, kind, indicator, amount, level, channel, reason, happened_on, evidence_kind, url
			from score_entry where plan_id = ? and revoked_at is null order by happened_on, id`
  ).all(planId2);
  return rows.map((r) => {
    const value = r.level ?? r.amount;
    return {
      id: r.id,
      unitId: r.unit_id,
      kind: r.kind,
      indicator: r.indicator,
      ...value !== null ? { value } : {},
      ...r.channel ? { channel: r.channel } : {},
      reason: r.reason,
      on: r.happened_on,
      ...r.evidence_kind ? { evidence: r.evidence_kind === "link" ? r.url : `entry:${r.id}` } : {}
    };
  });
}
var change = (r, own) => ({
  id: r[0],
  milestoneId: r[2],
  fromDue: r[3],
  toDue: r[4],
  kind: r[5],
  reason: r[6],
  at: r[7],
  own
});
var CHANGE_COLUMNS = "id, coalesce(assignment_id, task_id), milestone_id, from_due, to_due, kind, reason, created_at";
function* factSteps(db2, planId2) {
  const c = db2.$client;
  const head = c.transaction(() => {
    const p2 = planOf(db2, planId2);
    const sections = c.prepare("select id, code, title from section where plan_id = ? order by sort_order, id").all(planId2);
    const codes = new Map(sections.map((s) => [s.id, s.code]));
    const tasks = c.prepare("select id, section_id, code, title, weight from task where plan_id = ? order by sort_order, id").raw().all(planId2).map((r) => ({
      id: r[0],
      sectionId: r[1],
      code: `${codes.get(r[1]) ?? ""}${r[2]}`,
      title: r[3],
      weight: r[4],
      milestones: []
    }));
    const byTask2 = new Map(tasks.map((t2) => [t2.id, t2]));
    for (const m of c.prepare(
      "select m.id, m.task_id, m.due_on, m.what from milestone m join task t on t.id = m.task_id where t.plan_id = ? order by m.due_on, m.sort_order, m.id"
    ).raw().all(planId2))
      byTask2.get(m[1]).milestones.push({ id: m[0], dueOn: m[2], what: m[3] });
    const taskChanges2 = /* @__PURE__ */ new Map();
    for (const r of c.prepare(
      `select ${CHANGE_COLUMNS} from deadline_change where assignment_id is null and task_id in (select id from task where plan_id = ?)`
    ).raw().all(planId2)) {
      const list = taskChanges2.get(r[1]) ?? [];
      list.push(change(r, false));
      taskChanges2.set(r[1], list);
    }
    const [first2, last2] = c.prepare(
      "select (select min(id) from assignment where plan_id = @plan), (select max(id) from assignment where plan_id = @plan)"
    ).raw().get({ plan: planId2 });
    return {
      p: p2,
      sections,
      tasks,
      byTask: byTask2,
      taskChanges: taskChanges2,
      first: first2,
      last: last2,
      units: unitsOf(db2, planId2),
      entries: entriesOf(db2, planId2)
    };
  })();
  yield;
  const { p, byTask, taskChanges, first, last } = head;
  const yearEnd = `${p.year}-12-31`;
  const assignments = [];
  const sliceEnd = c.prepare("select id from assignment where plan_id = ? and id >= ? order by id limit 1 offset ?").pluck();
  for (let lo = first ?? 0; last !== null && lo <= last; ) {
    c.transaction(() => {
      const hi = Math.min(sliceEnd.get(p.id, lo, SLICE - 1) ?? last, last);
      readSlice(db2, p, lo, hi, byTask, taskChanges, yearEnd, assignments);
      lo = hi + 1;
    })();
    yield;
  }
  return {
    plan: { id: p.id, title: p.title, year: p.year, startsOn: planStart({ year: p.year, issuedOn: p.issued_on }) },
    units: head.units,
    sections: head.sections,
    tasks: head.tasks,
    assignments,
    entries: head.entries
  };
}
function sliceStatements(db2) {
  const s = (key, text2) => prepared(db2, `facts.${key}`, (d) => d.$client.prepare(text2).raw());
  const of = (table, columns, where) => `select x.assignment_id, ${columns} from assignment a join ${table} x on x.assignment_id = a.id
		where a.id between @lo and @hi and +a.plan_id = @plan and ${where}`;
  return {
    assignments: s(
      "assignments",
      "select id, task_id, unit_id, role, created_at from assignment where id between @lo and @hi and +plan_id = @plan"
    ),
    // The covered date as a day number (julianday of 1970-01-01 is 2440587.5): no string per report.
    reports: s(
      "reports",
      of(
        "progress_report",
        "x.id, cast(julianday(x.reported_on) - 2440587.5 as integer), x.sent_at, x.percent",
        "x.sent_at is not null"
      )
    ),
    submissions: s(
      "submissions",
      of("submission", "x.id, x.submitted_at, x.percent, x.due_on", "x.submitted_at is not null")
    ),
    reviews: s(
      "reviews",
      of("review", "x.id, x.created_at, x.submission_id, x.decision, x.grade, x.comment", "x.submission_id is not null")
    ),
    changes: s(
      "changes",
      `select x.id, x.assignment_id, x.milestone_id, x.from_due, x.to_due, x.kind, x.reason, x.created_at
			from assignment a join deadline_change x on x.assignment_id = a.id where a.id between @lo and @hi and +a.plan_id = @plan`
    )
  };
}
function readSlice(db2, p, lo, hi, byTask, taskChanges, yearEnd, out) {
  const st = sliceStatements(db2);
  const args = { plan: p.id, lo, hi };
  const slice = /* @__PURE__ */ new Map();
  for (const r of st.assignments.all(args)) {
    const a = {
      id: r[0],
      taskId: r[1],
      unitId: r[2],
      role: r[3],
      reportColumns: { id: [], sentAt: [], coversDay: [], percent: [] },
      submissions: [],
      reviews: []
    };
    if (r[4] > p.created_at + ADDED_LATER_MS) a.assignedOn = shanghaiDate(r[4]);
    slice.set(a.id, a);
    out.push(a);
  }
  for (const r of st.reports.all(args)) {
    const c = slice.get(r[0]).reportColumns;
    c.id.push(r[1]);
    c.coversDay.push(r[2]);
    c.sentAt.push(r[3]);
    c.percent.push(r[4]);
  }
  for (const r of st.submissions.all(args))
    slice.get(r[0]).submissions.push({
      id: r[1],
      at: r[2],
      percent: r[3],
      ...r[4] ? { dueOn: r[4] } : {}
    });
  for (const r of st.reviews.all(args))
    slice.get(r[0]).reviews.push({
      id: r[1],
      at: r[2],
      submissionId: r[3],
      decision: r[4],
      ...r[5] ? { grade: r[5] } : {},
      ...r[6] ? { reason: r[6] } : {}
    });
  const own = /* @__PURE__ */ new Map();
  for (const r of st.changes.all(args)) {
    const list = own.get(r[1]) ?? [];
    list.push(change(r, true));
    own.set(r[1], list);
  }
  for (const a of slice.values()) {
    const tc = taskChanges.get(a.taskId);
    const oc = own.get(a.id);
    if (!tc && !oc) continue;
    const deadlines = deadlineHistory(byTask.get(a.taskId).milestones ?? [], tc ?? [], oc ?? [], yearEnd);
    if (deadlines) a.deadlines = deadlines;
  }
}
function loadFacts(db2, planId2) {
  return runAtOnce(factSteps(db2, planId2));
}

// src/lib/server/scoring/days.ts
var MS_PER_DAY = 864e5;
var SHANGHAI_OFFSET_MS = 8 * 36e5;
function civilToDays(y, m, d) {
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}
var TABLE_FROM = 1970;
var TABLE_TO = 2100;
var MONTH_START = new Int32Array((TABLE_TO - TABLE_FROM) * 12);
for (let i = 0; i < MONTH_START.length; i++)
  MONTH_START[i] = civilToDays(TABLE_FROM + Math.floor(i / 12), i % 12 + 1, 1);
function daysOf(y, m, d) {
  return y >= TABLE_FROM && y < TABLE_TO ? MONTH_START[(y - TABLE_FROM) * 12 + m - 1] + d - 1 : civilToDays(y, m, d);
}
var two = (s, i) => {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >>> 0 > 9 || b >>> 0 > 9 ? NaN : a * 10 + b;
};
var digit = (s, i) => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
var num = (s, from, len) => {
  let n = 0;
  for (let i = from; i < from + len; i++) n = n * 10 + digit(s, i);
  return n;
};
var MONTH_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
var daysInMonth = (y, m) => m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : MONTH_DAYS[m];
function dayOf(date) {
  if (typeof date !== "string" || date.length !== 10) return NaN;
  return dayAt(date, 0);
}
function dayAt(date, at) {
  if (date.charCodeAt(at + 4) !== 45 || date.charCodeAt(at + 7) !== 45) return NaN;
  const y = two(date, at) * 100 + two(date, at + 2);
  const m = two(date, at + 5);
  const d = two(date, at + 8);
  if (!(m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m))) return NaN;
  return daysOf(y, m, d);
}
function dateOf(day) {
  const index2 = monthIndexOf(day);
  const y = Math.floor(index2 / 12);
  const m = index2 % 12 + 1;
  const d = day - civilToDays(y, m, 1) + 1;
  if (y < 0 || y > 9999) return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
  return `${String(y).padStart(4, "0")}-${m < 10 ? "0" : ""}${m}-${d < 10 ? "0" : ""}${d}`;
}
function instantOf(ts2) {
  if (typeof ts2 === "string" && ts2.length === 25) {
    const t2 = fullInstantOf(ts2);
    if (t2 === t2) return t2;
  }
  return anyInstantOf(ts2);
}
function fullInstantOf(ts2) {
  const sign = ts2.charCodeAt(19);
  if (ts2.charCodeAt(10) !== 84 || ts2.charCodeAt(13) !== 58 || ts2.charCodeAt(16) !== 58 || ts2.charCodeAt(22) !== 58 || sign !== 43 && sign !== 45)
    return NaN;
  const day = dayAt(ts2, 0);
  const hh = two(ts2, 11);
  const mm = two(ts2, 14);
  const ss = two(ts2, 17);
  const oh = two(ts2, 20);
  const om = two(ts2, 23);
  const offset = (oh * 60 + om) * 6e4;
  if (!(hh <= 23 && mm <= 59 && ss <= 59 && oh <= 23 && om <= 59)) return NaN;
  return day * MS_PER_DAY + ((hh * 60 + mm) * 60 + ss) * 1e3 - (sign === 43 ? offset : -offset);
}
function anyInstantOf(ts2) {
  if (typeof ts2 !== "string" || ts2.length < 17 || ts2.charCodeAt(10) !== 84 || ts2.charCodeAt(13) !== 58) return NaN;
  const day = dayAt(ts2, 0);
  const hh = num(ts2, 11, 2);
  const mm = num(ts2, 14, 2);
  let i = 16;
  let ss = 0;
  let ms2 = 0;
  if (ts2.charCodeAt(i) === 58) {
    ss = num(ts2, i + 1, 2);
    i += 3;
    if (ts2.charCodeAt(i) === 46) {
      let j = i + 1;
      let scale = 100;
      while (j < ts2.length && digit(ts2, j) >= 0) {
        ms2 += digit(ts2, j) * scale;
        scale /= 10;
        j++;
      }
      if (j === i + 1) return NaN;
      ms2 = Math.floor(ms2);
      i = j;
    }
  }
  let offset;
  const sign = ts2.charCodeAt(i);
  if (sign === 90 && i === ts2.length - 1) offset = 0;
  else if ((sign === 43 || sign === 45) && ts2.length === i + 6 && ts2.charCodeAt(i + 3) === 58) {
    const oh = num(ts2, i + 1, 2);
    const om = num(ts2, i + 4, 2);
    if (!(oh <= 23 && om <= 59)) return NaN;
    offset = (sign === 43 ? 1 : -1) * (oh * 60 + om) * 6e4;
  } else return NaN;
  if (!(hh <= 23 && mm <= 59 && ss <= 59)) return NaN;
  return day * MS_PER_DAY + ((hh * 60 + mm) * 60 + ss) * 1e3 + ms2 - offset;
}
function shanghaiDayOf(ms2) {
  return Math.floor((ms2 + SHANGHAI_OFFSET_MS) / MS_PER_DAY);
}
function monthIndexOf(day) {
  const z = day + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  const y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  return y * 12 + m - 1;
}
function monthLabel(index2) {
  return `${Math.floor(index2 / 12)}\u5E74${index2 % 12 + 1}\u6708`;
}
function monthBounds(index2) {
  const y = Math.floor(index2 / 12);
  const m = index2 % 12 + 1;
  const first = civilToDays(y, m, 1);
  return { first, last: first + daysInMonth(y, m) - 1 };
}

// src/lib/server/scoring/problems.ts
var SHOWN = 30;
var Problems = class {
  list = [];
  add(message) {
    this.list.push(message);
  }
  get ok() {
    return this.list.length === 0;
  }
  /** Throws a DomainError('invalid') naming every problem (the first SHOWN of them). */
  throwIfAny(heading) {
    if (this.ok) return;
    const shown = this.list.slice(0, SHOWN).map((m) => `- ${m}`);
    if (this.list.length > SHOWN) shown.push(`\u2026\u2026\u53E6\u6709 ${this.list.length - SHOWN} \u5904\u95EE\u9898`);
    throw new DomainError("invalid", `${heading}\uFF1A
${shown.join("\n")}`);
  }
};
var isObject = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
var isFiniteNumber = (v) => typeof v === "number" && Number.isFinite(v);
var isId = (v) => Number.isSafeInteger(v) && v > 0;
var isText = (v) => typeof v === "string" && v.trim() !== "";
function fmt(n) {
  let c = Math.round(n * 100);
  const negative = c < 0;
  if (negative) c = -c;
  const whole = Math.floor(c / 100);
  const cents2 = c - whole * 100;
  const text2 = cents2 === 0 ? String(whole) : cents2 % 10 === 0 ? `${whole}.${cents2 / 10}` : `${whole}.${cents2 < 10 ? "0" : ""}${cents2}`;
  return negative ? `-${text2}` : text2;
}
function known(o, keys, where, p) {
  for (const k of Object.keys(o)) if (!keys.includes(k)) p.add(`${where}\uFF1A\u4E0D\u8BA4\u8BC6\u7684\u5B57\u6BB5\u300C${k}\u300D`);
}

// src/lib/server/scoring/rule-types.ts
var entrySource = (e) => ({ kind: "entry", id: e.id });
var assignmentSource = (s) => s.source;
function applyLimit(lines, limit) {
  if (limit === void 0) return lines;
  let left = limit;
  for (const l of lines) {
    const take = Math.min(-l.raw, left);
    left -= take;
    if (take === -l.raw) continue;
    l.text = take === 0 ? `${l.text}\uFF1B\u672C\u6761\u6700\u591A\u6263 ${fmt(limit)} \u5206\uFF0C\u5DF2\u6263\u6EE1\uFF0C\u4E0D\u518D\u6263\u5206` : `${l.text}\uFF1B\u672C\u6761\u6700\u591A\u6263 ${fmt(limit)} \u5206\uFF0C\u5B9E\u6263 ${fmt(take)} \u5206`;
    l.raw = -take;
  }
  return lines;
}

// src/lib/server/scoring/entry-rules.ts
var PER_WORD = { item: "\u9879", case: "\u6B21" };
var when = (e) => `\uFF08${dateOf(e.day)}\uFF09`;
var countOf = (e) => typeof e.value === "number" ? e.value : 1;
function deduction(rule, ctx) {
  const entries = ctx.entries.filter((e) => e.kind === "deduction");
  const pts = rule.points;
  const lines = [];
  const seenMonths = /* @__PURE__ */ new Set();
  for (const e of entries) {
    const line = (raw, text2) => lines.push({ rule: rule.kind, source: entrySource(e), raw, text: text2 });
    if (rule.per === "item" || rule.per === "case") {
      const n = countOf(e);
      line(-n * pts, `${e.reason}${when(e)}\uFF0C${n} ${PER_WORD[rule.per]} \xD7 ${fmt(pts)} \u5206\uFF0C\u6263 ${fmt(n * pts)} \u5206`);
    } else if (rule.per === "month") {
      const m = monthIndexOf(e.day);
      if (seenMonths.has(m)) line(0, `${e.reason}${when(e)}\uFF0C${monthLabel(m)}\u5DF2\u6263\u8FC7\uFF0C\u540C\u6708\u4E0D\u91CD\u590D\u6263\u5206`);
      else line(-pts, `${monthLabel(m)}${e.reason}${when(e)}\uFF0C\u6263 ${fmt(pts)} \u5206`);
      seenMonths.add(m);
    } else if (rule.per === "once") {
      if (lines.length) line(0, `${e.reason}${when(e)}\uFF0C\u672C\u6761\u53EA\u6263\u4E00\u6B21\uFF0C\u5DF2\u6263\u8FC7`);
      else line(-pts, `${e.reason}${when(e)}\uFF0C\u6263 ${fmt(pts)} \u5206`);
    } else {
      const v = Math.min(Number(e.value), pts);
      line(-v, `${e.reason}${when(e)}\uFF0C\u6263 ${fmt(v)} \u5206`);
    }
  }
  return { status: entries.length ? "ok" : "neutral", lines: applyLimit(lines, rule.limit) };
}
function count(rule, ctx) {
  const lines = ctx.entries.filter((e) => e.kind === "count").map((e) => {
    const n = countOf(e);
    const raw = n * rule.points;
    return {
      rule: rule.kind,
      source: entrySource(e),
      raw,
      text: `${e.reason}${when(e)}\uFF0C${n} \u9879 \xD7 ${fmt(rule.points)} \u5206\uFF0C\u5F97 ${fmt(raw)} \u5206`
    };
  });
  return { status: "ok", lines };
}
function latestOnly(entries, rule, score) {
  return entries.map(
    (e, i) => i === entries.length - 1 ? score(e) : {
      rule,
      source: entrySource(e),
      raw: 0,
      text: `${e.reason}${when(e)}\uFF0C\u5DF2\u7531 ${dateOf(entries.at(-1).day)} \u7684\u8BC4\u5B9A\u53D6\u4EE3`
    }
  );
}
function missing(mode, what, ctx, rule) {
  if (mode === "not-applicable") return { status: "na", lines: [] };
  const full = mode === "full";
  const max = ctx.indicator.max;
  return {
    status: "ok",
    lines: [{ rule, source: null, raw: full ? max : 0, text: `\u5C1A\u65E0${what}\uFF0C\u6309${full ? "\u6EE1\u5206" : " 0 \u5206"}\u8BA1` }]
  };
}
function level(rule, ctx) {
  const entries = ctx.entries.filter((e) => e.kind === "level");
  if (!entries.length) return missing(rule.whenMissing, "\u8BC4\u5B9A\u7ED3\u679C", ctx, rule.kind);
  const lines = latestOnly(entries, rule.kind, (e) => {
    const lv = rule.levels.find((l) => l.name === e.value);
    return {
      rule: rule.kind,
      source: entrySource(e),
      raw: lv.points,
      text: `\u8BC4\u4E3A\u300C${lv.name}\u300D\uFF1A${e.reason}${when(e)}\uFF0C\u5F97 ${fmt(lv.points)} \u5206`
    };
  });
  return { status: "ok", lines };
}
function percent(rule, ctx) {
  const entries = ctx.entries.filter((e) => e.kind === "percent");
  if (!entries.length) return missing(rule.whenMissing, "\u5B8C\u6210\u6BD4\u4F8B", ctx, rule.kind);
  const max = ctx.indicator.max;
  const lines = latestOnly(entries, rule.kind, (e) => {
    const raw = max * Number(e.value) / 100;
    return {
      rule: rule.kind,
      source: entrySource(e),
      raw,
      text: `${e.reason}${when(e)}\uFF0C\u5B8C\u6210 ${fmt(Number(e.value))}%\uFF0C\u5F97 ${fmt(max)} \xD7 ${fmt(Number(e.value))}% = ${fmt(raw)} \u5206`
    };
  });
  return { status: "ok", lines };
}
function external(rule, ctx) {
  const max = ctx.indicator.max;
  const scale = rule.scale ?? max;
  const entries = ctx.entries.filter((e) => e.kind === "score");
  const channels = rule.channels?.length ? rule.channels : [{ id: "", name: "", weight: 1 }];
  const byChannel = channels.map((c) => ({ c, list: entries.filter((e) => (e.channel ?? "") === c.id) }));
  const present = byChannel.filter((x) => x.list.length);
  if (!present.length) return missing(rule.whenMissing, `${rule.source}\u7ED3\u679C`, ctx, rule.kind);
  const totalWeight = present.reduce((s, x) => s + x.c.weight, 0);
  const lines = [];
  for (const { c, list } of byChannel) {
    const label = c.name ? `${rule.source}\uFF08${c.name}\uFF09` : rule.source;
    if (!list.length) {
      lines.push({ rule: rule.kind, source: null, raw: 0, text: `${label}\u5C1A\u65E0\u7ED3\u679C\uFF0C\u6743\u91CD\u7531\u5176\u4ED6\u6E20\u9053\u6309\u6BD4\u4F8B\u5206\u62C5` });
      continue;
    }
    const share = c.weight / totalWeight;
    const counted = rule.combine === "mean" ? list : [list.at(-1)];
    for (const e of list) {
      if (!counted.includes(e)) {
        lines.push({
          rule: rule.kind,
          source: entrySource(e),
          raw: 0,
          text: `${label} ${fmt(Number(e.value))} \u5206${when(e)}\uFF0C\u5DF2\u7531\u6700\u8FD1\u4E00\u6B21\u7ED3\u679C\u53D6\u4EE3`
        });
        continue;
      }
      const raw = max * share * Number(e.value) / scale / counted.length;
      const avg = counted.length > 1 ? `\uFF0C${counted.length} \u6B21\u53D6\u5E73\u5747` : "";
      const weight = present.length > 1 || c.name ? `\uFF0C\u5360 ${fmt(share * 100)}%` : "";
      lines.push({
        rule: rule.kind,
        source: entrySource(e),
        raw,
        text: `${label} ${fmt(Number(e.value))} \u5206\uFF08\u6EE1\u5206 ${fmt(scale)}\uFF09\uFF1A${e.reason}${when(e)}${weight}${avg}\uFF0C\u8BA1 ${fmt(raw)} \u5206`
      });
    }
  }
  return { status: "ok", lines };
}

// src/lib/server/scoring/adjustments.ts
var EPS = 1e-9;
function itemEntries(items, entries, kind) {
  return items.flatMap((item) => (entries.get(item.id) ?? []).filter((e) => e.kind === kind).map((e) => ({ item, e }))).sort((x, y) => x.e.day - y.e.day || x.e.id - y.e.id);
}
function itemLines(list, rule, sign, verb) {
  const used = /* @__PURE__ */ new Map();
  return list.map(({ item, e }) => {
    const before = used.get(item.id) ?? 0;
    let pts = item.per === "event" ? countOf(e) * item.points : item.per === "once" ? before > 0 ? 0 : item.points : Math.min(Number(e.value), item.points);
    let text2 = `${item.name}\uFF1A${e.reason}\uFF08${dateOf(e.day)}\uFF09\uFF0C${verb} ${fmt(pts)} \u5206`;
    if (item.per === "event" && countOf(e) !== 1)
      text2 = `${item.name}\uFF1A${e.reason}\uFF08${dateOf(e.day)}\uFF09\uFF0C${countOf(e)} \u6B21 \xD7 ${fmt(item.points)} \u5206\uFF0C${verb} ${fmt(pts)} \u5206`;
    if (item.per === "once" && before > 0) text2 = `${item.name}\uFF1A${e.reason}\uFF08${dateOf(e.day)}\uFF09\uFF0C\u672C\u9879\u53EA\u8BA1\u4E00\u6B21\uFF0C\u5DF2\u8BA1\u8FC7`;
    if (item.max !== void 0 && before + pts > item.max + EPS) {
      const left = Math.max(0, item.max - before);
      text2 += left > EPS ? `\uFF1B\u672C\u9879\u6700\u591A${verb} ${fmt(item.max)} \u5206\uFF0C\u8BA1 ${fmt(left)} \u5206` : `\uFF1B\u672C\u9879\u6700\u591A${verb} ${fmt(item.max)} \u5206\uFF0C\u4E0D\u518D\u8BA1\u5206`;
      pts = left;
    }
    used.set(item.id, before + pts);
    return {
      indicator: item.id,
      indicatorName: item.name,
      rule,
      source: { kind: "entry", id: e.id },
      points: sign * pts,
      text: text2
    };
  });
}
function capGroup(lines, cap, what) {
  let used = 0;
  return lines.map((l) => {
    const pts = Math.abs(l.points);
    const take = Math.min(pts, Math.max(0, cap - used));
    used += take;
    if (take > pts - EPS) return l;
    const text2 = take > EPS ? `${l.text}\uFF1B${what}\u5DF2\u8FBE\u4E0A\u9650 ${fmt(cap)} \u5206\uFF0C\u8BA1 ${fmt(take)} \u5206` : `${l.text}\uFF1B${what}\u5DF2\u8FBE\u4E0A\u9650 ${fmt(cap)} \u5206\uFF0C\u672C\u9879\u4E0D\u518D\u8BA1\u5206`;
    return { ...l, points: Math.sign(l.points) * take, text: text2 };
  });
}
function findNode(nodes, id) {
  for (const n of nodes) {
    if (n.id === id) return n;
    const hit = findNode(n.children, id);
    if (hit) return hit;
  }
  return null;
}
function adjust(table, root, entries, vetoBand) {
  const lines = [];
  let total = root.score;
  if (table.bonus) {
    const { cap, minBase, items } = table.bonus;
    let bonus = itemLines(itemEntries(items, entries, "bonus"), "bonus", 1, "\u52A0");
    if (minBase && bonus.length) {
      const node = minBase.of ? findNode(root.children, minBase.of) : root;
      const base = node?.score ?? 0;
      const of = minBase.of ? `\u300C${node?.name}\u300D\u5F97\u5206` : "\u57FA\u7840\u5206";
      if (base < minBase.points - EPS)
        bonus = bonus.map((l) => ({
          ...l,
          points: 0,
          text: `${l.text}\uFF1B${of} ${fmt(base)} \u5206\u672A\u8FBE\u5230 ${fmt(minBase.points)} \u5206\uFF0C\u4E0D\u8BA1\u52A0\u5206`
        }));
    }
    bonus = capGroup(bonus, cap, "\u52A0\u5206");
    lines.push(...bonus);
  }
  if (table.deductions) {
    const { cap, items } = table.deductions;
    lines.push(...capGroup(itemLines(itemEntries(items, entries, "deduction"), "deduction", -1, "\u6263"), cap, "\u6263\u5206"));
  }
  if (table.majorDeductions)
    lines.push(
      ...itemLines(itemEntries(table.majorDeductions, entries, "major-deduction"), "major-deduction", -1, "\u6263")
    );
  total += lines.reduce((s, l) => s + l.points, 0);
  if (total < -EPS) {
    lines.push({
      indicator: "floor",
      indicatorName: "\u603B\u5206",
      rule: "floor",
      source: null,
      points: -total,
      text: `\u6263\u5206\u8D85\u8FC7\u5F97\u5206\uFF0C\u603B\u5206\u6309 0 \u5206\u8BA1`
    });
    total = 0;
  }
  const veto = vetoLines(table, entries, total, vetoBand);
  lines.push(...veto.lines);
  return { lines, total: total + veto.lines.reduce((s, l) => s + l.points, 0), veto: veto.state };
}
function vetoLines(table, entries, total, vetoBand) {
  const hits = (table.vetoes ?? []).flatMap(
    (v) => (entries.get(v.id) ?? []).filter((e) => e.kind === "veto").slice(0, 1).map((e) => ({ v, e }))
  );
  if (!hits.length) return { lines: [], state: null };
  const fixed = hits.filter((h) => h.v.effect === "score").map((h) => h.v.score);
  const fixedScore = fixed.length ? Math.min(...fixed) : null;
  let running = total;
  const lines = hits.map(({ v, e }) => {
    const head = `\u4E00\u7968\u5426\u51B3\uFF1A${v.name}\uFF08${e.reason}\uFF0C${dateOf(e.day)}\uFF09`;
    let points = 0;
    let text2 = `${head}\uFF0C\u7B49\u6B21\u5B9A\u4E3A\u300C${vetoBand}\u300D`;
    if (v.effect === "score") {
      if (v.score < fixedScore + EPS && running > v.score + EPS) {
        points = v.score - running;
        running = v.score;
        text2 = `${head}\uFF0C\u603B\u5206\u6309 ${fmt(v.score)} \u5206\u8BA1`;
      } else
        text2 = running <= v.score + EPS ? `${head}\uFF0C\u539F\u5F97\u5206\u4E0D\u9AD8\u4E8E ${fmt(v.score)} \u5206\uFF0C\u4FDD\u7559\u539F\u5F97\u5206` : `${head}\uFF0C\u5DF2\u6309\u66F4\u4F4E\u7684\u5426\u51B3\u5206\u8BA1`;
    }
    return { indicator: v.id, indicatorName: v.name, rule: "veto", source: { kind: "entry", id: e.id }, points, text: text2 };
  });
  const fail = hits.some((h) => h.v.effect === "fail");
  const state = {
    effect: fail ? "fail" : "score",
    ...fail ? {} : { score: fixedScore },
    items: hits.map((h) => ({ id: h.v.id, name: h.v.name, entryId: h.e.id }))
  };
  return { lines, state };
}

// src/lib/labels.ts
var UNIT_KIND_LABELS = {
  province: { department: "\u7701\u76F4\u90E8\u95E8", county: "\u5E02\uFF08\u5DDE\uFF09", zone: "\u5F00\u53D1\u533A\u56ED\u533A", office: "\u529E\u516C\u5385", other: "\u5176\u4ED6\u5355\u4F4D" },
  city: { department: "\u5E02\u76F4\u90E8\u95E8", county: "\u53BF(\u5E02\u3001\u533A)", zone: "\u5F00\u53D1\u533A\u56ED\u533A", office: "\u529E\u516C\u5BA4", other: "\u5176\u4ED6\u5355\u4F4D" },
  county: { department: "\u53BF(\u533A)\u76F4\u90E8\u95E8", county: "\u4E61\u9547\uFF08\u8857\u9053\uFF09", zone: "\u56ED\u533A", office: "\u529E\u516C\u5BA4", other: "\u5176\u4ED6\u5355\u4F4D" },
  department: { department: "\u5185\u8BBE\u673A\u6784", county: "\u4E0B\u5C5E\u5355\u4F4D", zone: "\u76F4\u5C5E\u5355\u4F4D", office: "\u529E\u516C\u5BA4", other: "\u5176\u4ED6\u5355\u4F4D" }
};
var UNIT_KIND_LABEL = UNIT_KIND_LABELS.city;
var GRADE_LABEL = { excellent: "\u4F18", good: "\u826F", fair: "\u4E2D", poor: "\u5DEE" };

// src/lib/server/scoring/state.ts
var EMPTY = [];
function clockAt(asOfDay, year) {
  return {
    asOfDay,
    asOfEnd: (asOfDay + 1) * 864e5 - 8 * 36e5,
    yearEndDay: year.yearEndDay,
    startDay: year.startDay,
    interim: asOfDay < year.yearEndDay
  };
}
function stateAt(a, clock) {
  const end = clock.asOfEnd;
  const { reports } = a;
  const { at, start } = reports;
  let reportCount = reports.count;
  while (reportCount > 0 && at[start + reportCount - 1] >= end) reportCount--;
  const all = a.submissions;
  const submissions = !all.length || all[all.length - 1].at < end ? all : all.filter((s) => s.at < end);
  let returns = EMPTY;
  let accepted = null;
  for (const r of a.reviews) {
    if (r.at >= end) break;
    if (r.decision === "return") returns = returns === EMPTY ? [r] : [...returns, r];
    else if (!accepted) accepted = { submission: r.submission, review: r };
  }
  const latest = submissions.length ? submissions[submissions.length - 1] : null;
  const pending = latest && !(latest.review && latest.review.at < end) ? latest : null;
  const lastAt = reportCount ? at[start + reportCount - 1] : -Infinity;
  const progress = latest && latest.at >= lastAt ? latest.percent : reportCount ? reports.percent[start + reportCount - 1] : 0;
  return {
    a,
    source: { kind: "assignment", id: a.id },
    reports,
    reportCount,
    submissions,
    returns,
    accepted,
    pending,
    completing: accepted?.submission ?? pending,
    progress,
    dueDays: a.fixedDueDays ?? dueDaysAt(a, end, clock.yearEndDay)
  };
}
function dueIn(originalDay, changes, t2) {
  let day = originalDay;
  for (const c of changes) if (c.at < t2) day = c.toDay;
  return day;
}
function dueDaysAt(a, t2, yearEndDay) {
  const days = [];
  for (const d of a.deadlines) {
    const day = dueIn(d.originalDay, d.changes, t2);
    if (day !== null) days.push(day);
  }
  return days.length ? days.sort((x, y) => x - y) : [yearEndDay];
}
function finalDueAt(a, t2, yearEndDay) {
  if (a.fixedDueDays?.length) return { day: a.fixedDueDays[a.fixedDueDays.length - 1], change: null };
  let best = { day: -Infinity, change: null };
  for (const d of a.deadlines) {
    let day = d.originalDay;
    let change2 = null;
    for (const c of d.changes)
      if (c.at < t2) {
        day = c.toDay;
        change2 = c;
      }
    if (day !== null && day > best.day) best = { day, change: change2 };
  }
  return best.day === -Infinity ? { day: yearEndDay, change: null } : best;
}
function latenessOf(s, measure, clock) {
  const sub = measure === "first" ? s.submissions[0] ?? null : s.completing;
  if (sub) {
    const due2 = finalDueAt(s.a, sub.at, clock.yearEndDay);
    const dueDay = sub.stampedDueDay ?? due2.day;
    return { days: Math.max(0, sub.day - dueDay), dueDay, submission: sub, change: due2.change };
  }
  const due = finalDueAt(s.a, clock.asOfEnd, clock.yearEndDay);
  return { days: Math.max(0, clock.asOfDay - due.day), dueDay: due.day, submission: null, change: due.change };
}
function changeNote(change2) {
  if (!change2 || change2.toDay === null) return "";
  const to = dateOf(change2.toDay);
  if (change2.kind === "extension") return `\uFF08\u671F\u9650\u7ECF\u6279\u51C6\u5EF6\u671F\u81F3 ${to}\uFF09`;
  return change2.kind === "office" ? `\uFF08\u671F\u9650\u7531\u653F\u52A1\u516C\u5F00\u529E\u8C03\u6574\u4E3A ${to}\uFF09` : `\uFF08\u65F6\u95F4\u8282\u70B9\u8C03\u6574\u4E3A ${to}\uFF09`;
}
function reportDays(s) {
  const out = [];
  const { at, start } = s.reports;
  for (let i = 0; i < s.reportCount; i++) out.push(shanghaiDayOf(at[start + i]));
  return out;
}

// src/lib/server/scoring/plan-rules.ts
function inScope(states, scope) {
  if (!scope) return states;
  const sections = scope.sections?.length ? new Set(scope.sections) : null;
  const tasks = scope.tasks?.length ? new Set(scope.tasks) : null;
  const roles = scope.roles?.length ? new Set(scope.roles) : null;
  return states.filter(
    (s) => (!sections || sections.has(s.a.task.sectionCode)) && (!tasks || tasks.has(s.a.task.code)) && (!roles || roles.has(s.a.role))
  );
}
function whenEmpty(mode, positive3, ctx) {
  const max = ctx.indicator.max;
  if (mode === "full")
    return {
      status: "ok",
      lines: positive3 ? [{ rule: "base", source: null, raw: max, text: `\u8303\u56F4\u5185\u6CA1\u6709\u672C\u5355\u4F4D\u7684\u4EFB\u52A1\uFF0C\u6309\u6EE1\u5206 ${fmt(max)} \u5206\u8BA1` }] : []
    };
  if (mode === "zero")
    return {
      status: "ok",
      lines: positive3 ? [] : [{ rule: "base", source: null, raw: -max, text: "\u8303\u56F4\u5185\u6CA1\u6709\u672C\u5355\u4F4D\u7684\u4EFB\u52A1\uFF0C\u672C\u9879\u6309 0 \u5206\u8BA1" }]
    };
  return { status: "na", lines: [] };
}
var deductions = (lines, limit) => ({
  status: "ok",
  lines: applyLimit(lines, limit)
});
function planWeighted(rule, ctx) {
  const states = inScope(ctx.states, rule.scope);
  if (!states.length) return whenEmpty(rule.whenEmpty, true, ctx);
  const totalWeight = states.reduce((sum, s) => sum + s.a.task.weight, 0);
  const { interim } = ctx.clock;
  const lines = new Array(states.length);
  for (let i = 0; i < states.length; i++) {
    const s = states[i];
    let source = assignmentSource(s);
    let related = null;
    let parts = "";
    let factor = 1;
    if (rule.result) {
      const { grades, interimProgress } = rule.result;
      if (s.accepted) {
        factor = grades[s.accepted.review.grade];
        parts = `\u8BC4\u4E3A${GRADE_LABEL[s.accepted.review.grade]}\uFF08${fmt(factor)}\uFF09`;
        source = { kind: "review", id: s.accepted.review.id };
      } else if (interim && interimProgress !== void 0) {
        factor = s.progress / 100 * interimProgress;
        parts = `${s.pending ? "\u5DF2\u63D0\u4EA4\u5F85\u5BA1\u6838\uFF0C" : ""}\u8FDB\u5EA6 ${fmt(s.progress)}% \xD7 ${fmt(interimProgress)}\uFF08\u5E74\u4E2D\u8BA1\u5206\uFF09`;
        if (s.pending) source = { kind: "submission", id: s.pending.id };
      } else {
        factor = 0;
        parts = s.pending ? "\u5DF2\u63D0\u4EA4\u5F85\u5BA1\u6838\uFF080\uFF09" : s.returns.length ? "\u88AB\u9000\u56DE\u672A\u901A\u8FC7\uFF080\uFF09" : "\u672A\u5B8C\u6210\uFF080\uFF09";
        if (s.pending) source = { kind: "submission", id: s.pending.id };
      }
    }
    if (rule.timeliness && factor > 0) {
      const { perDayLate, floor, perReturn, measure } = rule.timeliness;
      const late = latenessOf(s, measure ?? "accepted", ctx.clock);
      const returns = s.returns.length;
      const t2 = Math.max(floor, 1 - perDayLate * late.days - perReturn * returns);
      const lateText = late.days ? `\u903E\u671F ${late.days} \u5929` : "";
      const returnText = returns ? `\u9000\u56DE ${returns} \u6B21` : "";
      const why = lateText && returnText ? `${lateText}\u3001${returnText}` : lateText || returnText || "\u6309\u65F6";
      parts += `${parts ? " \xD7 " : ""}\u65F6\u6548 ${fmt(t2)}\uFF08${why}${changeNote(late.change)}\uFF09`;
      if (late.change) related = [{ kind: "deadline-change", id: late.change.id }];
      factor *= t2;
    }
    const raw = ctx.indicator.max * s.a.task.weight * factor / totalWeight;
    const text2 = `${s.a.task.code} ${parts}\uFF0C\u6743\u91CD ${fmt(s.a.task.weight)}/${fmt(totalWeight)}\uFF0C\u5F97 ${fmt(raw)} \u5206`;
    lines[i] = related ? { rule: rule.kind, source, related, raw, text: text2 } : { rule: rule.kind, source, raw, text: text2 };
  }
  return { status: "ok", lines };
}
function planUnfinished(rule, ctx) {
  const states = inScope(ctx.states, rule.scope);
  if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
  const { asOfDay, yearEndDay } = ctx.clock;
  const lines = [];
  const deduct = (s, text2) => lines.push({
    rule: rule.kind,
    source: assignmentSource(s),
    raw: -rule.points,
    text: `${text2}\uFF0C\u6263 ${fmt(rule.points)} \u5206`
  });
  for (const s of states) {
    if (rule.at === "year-end") {
      if (asOfDay < yearEndDay) break;
      const done = s.completing;
      if (!done) deduct(s, `${s.a.task.code} \u5E74\u5E95\u524D\u672A\u5B8C\u6210`);
      else if (done.day > yearEndDay) deduct(s, `${s.a.task.code} \u5E74\u5E95\u524D\u672A\u5B8C\u6210\uFF08${dateOf(done.day)} \u624D\u63D0\u4EA4\u529E\u7ED3\uFF09`);
    } else {
      const due = s.dueDays.at(-1);
      if (!s.completing && due < asOfDay)
        deduct(s, `${s.a.task.code} \u5DF2\u4E8E ${dateOf(due)} \u5230\u671F\uFF0C\u81F3 ${dateOf(asOfDay)} \u4ECD\u672A\u5B8C\u6210`);
    }
  }
  return deductions(lines, rule.limit);
}
function planOverdue(rule, ctx) {
  const states = inScope(ctx.states, rule.scope);
  if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
  const lines = [];
  const cost = (days) => {
    const full = rule.points + (rule.perDay ?? 0) * days;
    const pts = rule.maxPerItem !== void 0 ? Math.min(rule.maxPerItem, full) : full;
    let how = `\u6263 ${fmt(pts)} \u5206`;
    if (rule.perDay)
      how = `\u6263 ${fmt(rule.points)} \u5206 + ${days} \u5929 \xD7 ${fmt(rule.perDay)} \u5206${pts < full ? `\uFF0C\u5355\u9879\u6700\u591A\u6263 ${fmt(pts)} \u5206` : ` = ${fmt(pts)} \u5206`}`;
    return { pts, how };
  };
  for (const s of states) {
    if (rule.milestones === "each") lines.push(...interimMisses(s, ctx, rule.kind, cost));
    const late = latenessOf(s, rule.measure ?? "first", ctx.clock);
    if (late.days > 0) {
      const { pts, how } = cost(late.days);
      const what = late.submission ? `\u903E\u671F ${late.days} \u5929\u63D0\u4EA4` : `\u5DF2\u903E\u671F ${late.days} \u5929\u672A\u63D0\u4EA4`;
      const source = late.submission ? { kind: "submission", id: late.submission.id } : assignmentSource(s);
      const text2 = `${s.a.task.code} ${what}${changeNote(late.change)}\uFF0C${how}`;
      lines.push(
        late.change ? { rule: rule.kind, source, related: [{ kind: "deadline-change", id: late.change.id }], raw: -pts, text: text2 } : { rule: rule.kind, source, raw: -pts, text: text2 }
      );
    } else if (late.submission && late.change?.kind === "extension" && late.change.toDay !== null)
      lines.push({
        rule: rule.kind,
        source: { kind: "deadline-change", id: late.change.id },
        related: [{ kind: "submission", id: late.submission.id }],
        raw: 0,
        text: `${s.a.task.code} \u671F\u9650\u7ECF\u6279\u51C6\u5EF6\u671F\u81F3 ${dateOf(late.change.toDay)}\uFF0C${dateOf(late.submission.day)} \u6309\u671F\u63D0\u4EA4\uFF0C\u4E0D\u6263\u5206`
      });
  }
  return deductions(lines, rule.limit);
}
function interimMisses(s, ctx, rule, cost) {
  const out = [];
  const sent = s.dueDays.length > 1 ? reportDays(s) : [];
  for (let k = 0; k < s.dueDays.length - 1; k++) {
    const due = s.dueDays[k];
    const after = k === 0 ? -Infinity : s.dueDays[k - 1];
    const reportAt = sent.findIndex((d) => d > after);
    const reportDay = reportAt >= 0 ? sent[reportAt] : Infinity;
    const sub = s.submissions.find((x) => x.day > after);
    const metDay = Math.min(reportDay, sub?.day ?? Infinity);
    const days = Number.isFinite(metDay) ? metDay - due : ctx.clock.asOfDay - due;
    if (days <= 0) continue;
    const { pts, how } = cost(days);
    const met = Number.isFinite(metDay);
    const source = met && reportDay === metDay ? { kind: "report", id: s.reports.id[s.reports.start + reportAt] } : met && sub ? { kind: "submission", id: sub.id } : assignmentSource(s);
    const what = met ? `\u903E\u671F ${days} \u5929\u62A5\u9001\u8FDB\u5C55` : `\u5DF2\u903E\u671F ${days} \u5929\u672A\u62A5\u9001\u8FDB\u5C55`;
    out.push({ rule, source, raw: -pts, text: `${s.a.task.code} \u65F6\u95F4\u8282\u70B9 ${dateOf(due)} ${what}\uFF0C${how}` });
  }
  return out;
}
function planReturned(rule, ctx) {
  const states = inScope(ctx.states, rule.scope);
  if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
  const free = rule.free ?? 0;
  const lines = [];
  for (const s of states) {
    const n = s.returns.length - free;
    if (n <= 0) continue;
    const pts = n * rule.points;
    const freeNote = free ? `\uFF08\u524D ${free} \u6B21\u4E0D\u6263\u5206\uFF09` : "";
    lines.push({
      rule: rule.kind,
      source: assignmentSource(s),
      related: s.returns.map((r) => ({ kind: "review", id: r.id })),
      raw: -pts,
      text: `${s.a.task.code} \u88AB\u9000\u56DE ${s.returns.length} \u6B21${freeNote}\uFF0C\u6263 ${fmt(pts)} \u5206`
    });
  }
  return deductions(lines, rule.limit);
}
function submittedBetween(s, from, to) {
  for (const x of s.submissions) if (x.day >= from && x.day < to) return true;
  return false;
}
function planReports(rule, ctx) {
  const states = inScope(ctx.states, rule.scope);
  if (!states.length) return whenEmpty(rule.whenEmpty, false, ctx);
  const { asOfDay, yearEndDay, startDay } = ctx.clock;
  const from = rule.fromMonth ? Number(rule.fromMonth.slice(0, 4)) * 12 + Number(rule.fromMonth.slice(5, 7)) - 1 : monthIndexOf(startDay);
  let to = monthIndexOf(asOfDay);
  if (monthBounds(to).last > asOfDay) to -= 1;
  to = Math.min(to, monthIndexOf(yearEndDay));
  const missing2 = [];
  const firsts = [];
  for (let m = from; m <= to; m++) {
    missing2.push([]);
    firsts.push(monthBounds(m).first);
  }
  firsts.push(monthBounds(to + 1).first);
  const starts = firsts.map((d) => d * 864e5 - 8 * 36e5);
  for (const s of states) {
    const { at, start } = s.reports;
    const end = start + s.reportCount;
    let j = start;
    for (let k = 0; k <= to - from; k++) {
      const first = firsts[k];
      while (j < end && at[j] < starts[k]) j++;
      if (s.a.assignedDay !== null && s.a.assignedDay > first) continue;
      if (s.completing && s.completing.day < first) continue;
      if (j < end && at[j] < starts[k + 1]) continue;
      if (!submittedBetween(s, first, firsts[k + 1])) missing2[k].push(s);
    }
  }
  const lines = [];
  const pts = fmt(rule.points);
  missing2.forEach((list, i) => {
    const month = monthLabel(from + i);
    if (!list.length) return;
    if (rule.per === "assignment-month")
      for (const s of list)
        lines.push({
          rule: rule.kind,
          source: assignmentSource(s),
          raw: -rule.points,
          text: `${s.a.task.code} ${month}\u672A\u62A5\u9001\u8FDB\u5C55\uFF0C\u6263 ${pts} \u5206`
        });
    else {
      const codes = list.slice(0, 3).map((s) => s.a.task.code).join("\u3001") + (list.length > 3 ? "\u7B49" : "");
      lines.push({
        rule: rule.kind,
        source: assignmentSource(list[0]),
        related: list.slice(1).map(assignmentSource),
        raw: -rule.points,
        text: `${month}\u6709 ${list.length} \u9879\u4EFB\u52A1\u672A\u62A5\u9001\u8FDB\u5C55\uFF08${codes}\uFF09\uFF0C\u6263 ${pts} \u5206`
      });
    }
  });
  return deductions(lines, rule.limit);
}

// src/lib/server/scoring/rubric-types.ts
var RUBRIC_FORMAT = "yaodian-rubric";
var RUBRIC_VERSION = 1;
var SCORING_RULES = ["count", "level", "percent", "external", "plan-weighted"];

// src/lib/server/scoring/rules.ts
var SCORERS = {
  deduction,
  count,
  level,
  percent,
  external,
  "plan-weighted": planWeighted,
  "plan-unfinished": planUnfinished,
  "plan-overdue": planOverdue,
  "plan-returned": planReturned,
  "plan-reports": planReports
};
function scoreRule(rule, ctx) {
  return SCORERS[rule.kind](rule, ctx);
}
var isScoringRule = (rule) => SCORING_RULES.includes(rule.kind);
function notApplicableReason(rule) {
  if (rule.kind === "external") return `\u5C1A\u65E0${rule.source}\u7ED3\u679C`;
  if (rule.kind === "level" || rule.kind === "percent") return "\u5C1A\u672A\u8BC4\u5B9A";
  return "\u672C\u5355\u4F4D\u5728\u672C\u9879\u8303\u56F4\u5185\u6CA1\u6709\u4EFB\u52A1";
}
function entryKindsFor(rules) {
  const kinds = /* @__PURE__ */ new Set(["not-applicable"]);
  for (const r of rules) {
    if (r.kind === "external") kinds.add("score");
    else if (r.kind === "deduction" || r.kind === "count" || r.kind === "level" || r.kind === "percent")
      kinds.add(r.kind);
  }
  return kinds;
}

// src/lib/server/scoring/entries.ts
function indexTable(table) {
  const nodes = /* @__PURE__ */ new Map();
  const walk = (list) => {
    for (const i of list) {
      nodes.set(i.id, i);
      if (i.children) walk(i.children);
    }
  };
  walk(table.indicators);
  const items = /* @__PURE__ */ new Map();
  for (const item of table.bonus?.items ?? []) items.set(item.id, { kind: "bonus", item });
  for (const item of table.deductions?.items ?? []) items.set(item.id, { kind: "deduction", item });
  for (const item of table.majorDeductions ?? []) items.set(item.id, { kind: "major-deduction", item });
  return { table, nodes, items, vetoes: new Set((table.vetoes ?? []).map((v) => v.id)) };
}
var isCount = (v) => v === null || Number.isInteger(v) && v >= 0;
function entryProblems(e, ix, p, at = `\u5F55\u5165\u8BB0\u5F55 ${e.id}\uFF08\u5355\u4F4D ${e.unitId}\uFF09`) {
  const bad = (message) => p.add(at ? `${at}\uFF1A${message}` : message);
  const node = ix.nodes.get(e.indicator);
  const item = ix.items.get(e.indicator);
  if (e.kind === "veto")
    return ix.vetoes.has(e.indicator) ? void 0 : bad(`\u8BC4\u5206\u8868\u300C${ix.table.name}\u300D\u6CA1\u6709\u4E00\u7968\u5426\u51B3\u9879\u300C${e.indicator}\u300D`);
  if (e.kind === "not-applicable")
    return node ? void 0 : bad(`\u8BC4\u5206\u8868\u300C${ix.table.name}\u300D\u6CA1\u6709\u6307\u6807\u300C${e.indicator}\u300D`);
  if (e.kind === "bonus" || e.kind === "major-deduction" || e.kind === "deduction" && item) {
    if (!item || item.kind !== e.kind)
      return bad(
        `\u8BC4\u5206\u8868\u300C${ix.table.name}\u300D\u6CA1\u6709\u8FD9\u4E00${e.kind === "bonus" ? "\u52A0\u5206" : e.kind === "deduction" ? "\u6263\u5206" : "\u91CD\u5927\u6263\u5206"}\u9879\u300C${e.indicator}\u300D`
      );
    if (item.item.per === "judged") {
      if (!isFiniteNumber(e.value) || e.value < 0 || e.value > item.item.points)
        bad(`\u300C${item.item.name}\u300D\u914C\u60C5\u8BA1\u5206\uFF0Cvalue \u5E94\u4E3A 0\u2013${item.item.points} \u7684\u5206\u6570`);
    } else if (!isCount(e.value) || e.value === 0) bad(`\u300C${item.item.name}\u300D\u7684 value \u662F\u6B21\u6570\uFF0C\u5E94\u4E3A\u6B63\u6574\u6570\u6216\u4E0D\u586B`);
    return;
  }
  if (!node) return bad(`\u8BC4\u5206\u8868\u300C${ix.table.name}\u300D\u6CA1\u6709\u6307\u6807\u300C${e.indicator}\u300D`);
  if (node.children) return bad(`\u6307\u6807\u300C${node.name}\u300D\u6709\u4E0B\u7EA7\u6307\u6807\uFF0C\u8BF7\u5F55\u5165\u5230\u672B\u7EA7\u6307\u6807`);
  const rules = node.rules ?? [];
  if (!entryKindsFor(rules).has(e.kind)) return bad(`\u6307\u6807\u300C${node.name}\u300D\u7684\u8BC4\u5206\u89C4\u5219\u4E0D\u63A5\u53D7\u300C${e.kind}\u300D\u7C7B\u5F55\u5165`);
  const rule = rules.find((r) => kindOf(r) === e.kind);
  valueProblems(e, rule, node, bad);
}
var kindOf = (r) => r.kind === "external" ? "score" : r.kind;
function valueProblems(e, rule, node, bad) {
  const v = e.value;
  switch (rule.kind) {
    case "external": {
      const scale = rule.scale ?? node.max;
      if (!isFiniteNumber(v) || v < 0 || v > scale) bad(`\u300C${node.name}\u300D\u7684\u5206\u6570\u5E94\u5728 0\u2013${scale} \u4E4B\u95F4`);
      const channels = rule.channels ?? [];
      if (channels.length && !channels.some((c) => c.id === e.channel))
        bad(`\u300C${node.name}\u300D\u7684\u6E20\u9053\u5E94\u4E3A ${channels.map((c) => `${c.id}\uFF08${c.name}\uFF09`).join("\u3001")} \u4E4B\u4E00`);
      if (!channels.length && e.channel !== null) bad(`\u300C${node.name}\u300D\u4E0D\u5206\u6E20\u9053\uFF0C\u8BF7\u4E0D\u8981\u586B channel`);
      return;
    }
    case "level":
      if (!rule.levels.some((l) => l.name === v))
        bad(`\u300C${node.name}\u300D\u7684\u7B49\u7EA7\u5E94\u4E3A ${rule.levels.map((l) => l.name).join("\u3001")} \u4E4B\u4E00`);
      return;
    case "percent":
      if (!isFiniteNumber(v) || v < 0 || v > 100) bad(`\u300C${node.name}\u300D\u7684\u5B8C\u6210\u6BD4\u4F8B\u5E94\u4E3A 0\u2013100`);
      return;
    case "count":
      if (!isCount(v)) bad(`\u300C${node.name}\u300D\u7684 value \u662F\u9879\u6570\uFF0C\u5E94\u4E3A\u975E\u8D1F\u6574\u6570\u6216\u4E0D\u586B`);
      return;
    case "deduction":
      if (rule.per === "judged") {
        if (!isFiniteNumber(v) || v < 0 || v > rule.points)
          bad(`\u300C${node.name}\u300D\u914C\u60C5\u6263\u5206\uFF0Cvalue \u5E94\u4E3A 0\u2013${rule.points} \u7684\u5206\u6570`);
      } else if (!isCount(v)) bad(`\u300C${node.name}\u300D\u7684 value \u662F\u9879\u6570\u6216\u6B21\u6570\uFF0C\u5E94\u4E3A\u975E\u8D1F\u6574\u6570\u6216\u4E0D\u586B`);
      return;
  }
}

// src/lib/server/scoring/history.ts
var EMPTY2 = [];
var byTime = (a, b) => a.at - b.at || a.id - b.id;
var Reader = class {
  constructor(p) {
    this.p = p;
  }
  p;
  assignmentId = 0;
  problem(what, id, message) {
    this.p.add(`\u4EFB\u52A1\u5206\u5DE5 ${this.assignmentId} \u7684${what.replace("#", String(id))}${message}`);
  }
  date(v, what, id) {
    const d = typeof v === "string" ? dayOf(v) : NaN;
    if (d !== d) this.problem(what, id, `\u300C${String(v)}\u300D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09`);
    return d;
  }
  instant(v, what, id) {
    const t2 = typeof v === "number" ? Number.isSafeInteger(v) ? v : NaN : typeof v === "string" ? instantOf(v) : NaN;
    if (t2 !== t2) this.problem(what, id, `\u300C${String(v)}\u300D\u4E0D\u662F\u5E26\u65F6\u533A\u7684 ISO 8601 \u65F6\u95F4\uFF08\u5982 2020-09-30T17:20:00+08:00\uFF09`);
    return t2;
  }
  percent(v, what, id) {
    if (!(isFiniteNumber(v) && v >= 0 && v <= 100)) this.problem(what, id, "\u5E94\u4E3A 0\u2013100 \u7684\u6570");
    return v;
  }
  id(o, what) {
    if (!isId(o.id)) this.problem(what, "", "\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570");
    return o.id;
  }
  objects(v, name2) {
    if (v === void 0) return EMPTY2;
    if (Array.isArray(v) && v.every(isObject)) return v;
    this.p.add(`\u4EFB\u52A1\u5206\u5DE5 ${this.assignmentId}\uFF1A${name2} \u5E94\u4E3A\u5BF9\u8C61\u6570\u7EC4`);
    return EMPTY2;
  }
};
function historyReader(p, list) {
  let n = 0;
  for (const a of list)
    n += a.reportColumns !== void 0 ? a.reportColumns.id?.length ?? 0 : Array.isArray(a.reports) ? a.reports.length : 0;
  const store = {
    at: new Float64Array(n),
    id: new Float64Array(n),
    percent: new Float64Array(n),
    coversDay: new Float64Array(n),
    next: 0
  };
  const r = new Reader(p);
  return (a, defaults) => {
    r.assignmentId = a.id;
    return readHistory(a, r, p, defaults, store);
  };
}
function readHistory(a, r, p, defaults, store) {
  let deadlines = defaults.deadlines;
  let fixedDueDays = defaults.dueDays;
  if (a.deadlines !== void 0) {
    deadlines = r.objects(a.deadlines, "deadlines").map((d) => ({
      milestoneId: isId(d.milestoneId) ? d.milestoneId : null,
      originalDay: d.dueOn === null ? null : r.date(d.dueOn, "\u671F\u9650", ""),
      changes: changesOf(d.changes, r)
    }));
    if (!deadlines.length) p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id}\uFF1Adeadlines \u4E0D\u80FD\u4E3A\u7A7A`);
    if (deadlines.some((d) => d.changes.length)) fixedDueDays = null;
    else if (deadlines.some((d) => d.originalDay === null))
      r.problem("\u671F\u9650", "", "\uFF1AdueOn \u4E3A null \u7684\u671F\u9650\u5E94\u7531\u4E00\u6B21\u671F\u9650\u53D8\u66F4\u52A0\u5165\uFF08from \u4E3A null\uFF09");
    else {
      fixedDueDays = deadlines.map((d) => d.originalDay);
      if (fixedDueDays.length > 1) fixedDueDays.sort((x, y) => x - y);
    }
  }
  const subs = r.objects(a.submissions, "submissions");
  const submissions = subs.length ? new Array(subs.length) : EMPTY2;
  for (let i = 0; i < subs.length; i++) {
    const s = subs[i];
    const id = r.id(s, "\u63D0\u4EA4");
    const at = r.instant(s.at, "\u63D0\u4EA4 # \u7684\u65F6\u95F4", id);
    submissions[i] = {
      id,
      at,
      day: shanghaiDayOf(at),
      percent: r.percent(s.percent, "\u63D0\u4EA4 # \u7684\u8FDB\u5EA6", id),
      stampedDueDay: s.dueOn === void 0 ? null : r.date(s.dueOn, "\u63D0\u4EA4 # \u7684\u671F\u9650", id),
      review: null
    };
  }
  inOrder(submissions);
  const revs = r.objects(a.reviews, "reviews");
  const reviews = revs.length ? new Array(revs.length) : EMPTY2;
  for (let i = 0; i < revs.length; i++) reviews[i] = reviewOf(revs[i], submissions, r);
  inOrder(reviews);
  return { deadlines, fixedDueDays, reports: reportsOf(a, r, store), submissions, reviews };
}
function inOrder(list) {
  for (let i = 1; i < list.length; i++)
    if (byTime(list[i - 1], list[i]) > 0) {
      list.sort(byTime);
      return;
    }
}
function changesOf(v, r) {
  const list = r.objects(v, "deadlines.changes");
  if (!list.length) return EMPTY2;
  const out = list.map((c) => {
    const id = r.id(c, "\u671F\u9650\u53D8\u66F4");
    if (!DEADLINE_CHANGE_KINDS.includes(c.kind))
      r.problem("\u671F\u9650\u53D8\u66F4 #", id, `\uFF1Akind \u5E94\u4E3A ${DEADLINE_CHANGE_KINDS.join("\u3001")} \u4E4B\u4E00`);
    return {
      id,
      at: r.instant(c.at, "\u671F\u9650\u53D8\u66F4 # \u7684\u65F6\u95F4", id),
      kind: c.kind,
      fromDay: c.from === null ? null : r.date(c.from, "\u671F\u9650\u53D8\u66F4 # \u7684\u539F\u65E5\u671F", id),
      toDay: c.to === null ? null : r.date(c.to, "\u671F\u9650\u53D8\u66F4 # \u7684\u65B0\u65E5\u671F", id),
      reason: String(c.reason ?? "")
    };
  });
  inOrder(out);
  return out;
}
function reviewOf(x, submissions, r) {
  const id = r.id(x, "\u5BA1\u6838");
  let sub;
  for (const s of submissions) if (s.id === x.submissionId) sub = s;
  const at = r.instant(x.at, "\u5BA1\u6838 # \u7684\u65F6\u95F4", id);
  if (x.decision !== "accept" && x.decision !== "return") r.problem("\u5BA1\u6838 #", id, "\uFF1Adecision \u5E94\u4E3A accept \u6216 return");
  if (x.decision === "accept" && !GRADES.includes(x.grade))
    r.problem("\u5BA1\u6838 #", id, `\uFF1A\u901A\u8FC7\u65F6\u5E94\u8BC4\u5B9A\u7B49\u7EA7 grade\uFF08${GRADES.join(" / ")}\uFF09`);
  const review2 = {
    id,
    at,
    day: shanghaiDayOf(at),
    submission: sub,
    decision: x.decision,
    grade: x.decision === "accept" ? x.grade : null,
    reason: String(x.reason ?? "")
  };
  if (!sub) r.problem("\u5BA1\u6838 #", id, `\uFF1A\u63D0\u4EA4 ${String(x.submissionId)} \u4E0D\u5C5E\u4E8E\u672C\u5206\u5DE5`);
  else if (sub.review) r.problem("\u5BA1\u6838 #", id, `\uFF1A\u63D0\u4EA4 ${sub.id} \u5DF2\u5BA1\u6838\u8FC7`);
  else if (at < sub.at) r.problem("\u5BA1\u6838 #", id, "\uFF1A\u5BA1\u6838\u65F6\u95F4\u65E9\u4E8E\u6240\u5BA1\u7684\u63D0\u4EA4");
  else sub.review = review2;
  return review2;
}
function reportsOf(a, r, store) {
  if (a.reportColumns !== void 0) return columnsOf(a.reportColumns, r, store);
  const raw = Array.isArray(a.reports) ? a.reports : a.reports === void 0 ? EMPTY2 : r.objects(a.reports, "reports");
  const n = raw.length;
  const start = store.next;
  const { at, id, percent: percent2, coversDay } = store;
  for (let i = 0; i < n; i++) {
    const x = raw[i];
    const row = start + i;
    if (x === null || typeof x !== "object") {
      r.problem("\u8FDB\u5C55\u62A5\u9001 #", i + 1, "\u5E94\u4E3A\u5BF9\u8C61");
      at[row] = id[row] = percent2[row] = coversDay[row] = NaN;
      continue;
    }
    const s = x.sentAt;
    const t2 = typeof s === "number" ? Number.isSafeInteger(s) ? s : NaN : typeof s === "string" ? instantOf(s) : NaN;
    const day = typeof x.coversOn === "string" ? dayOf(x.coversOn) : NaN;
    if (!(isId(x.id) && t2 === t2 && isFiniteNumber(x.percent) && x.percent >= 0 && x.percent <= 100 && day === day)) {
      const rid = r.id(x, "\u8FDB\u5C55\u62A5\u9001");
      r.instant(x.sentAt, "\u8FDB\u5C55\u62A5\u9001 # \u7684\u62A5\u9001\u65F6\u95F4", rid);
      r.date(x.coversOn, "\u8FDB\u5C55\u62A5\u9001 # \u7684\u65E5\u671F", rid);
      r.percent(x.percent, "\u8FDB\u5C55\u62A5\u9001 # \u7684\u8FDB\u5EA6", rid);
    }
    at[row] = t2;
    id[row] = x.id;
    percent2[row] = x.percent;
    coversDay[row] = day;
  }
  return inTimeOrder(store, start, n);
}
function columnsOf(c, r, store) {
  const n = c.id.length;
  if (c.sentAt.length !== n || c.coversDay.length !== n || c.percent.length !== n) {
    r.problem("\u8FDB\u5C55\u62A5\u9001", "", "\u7684\u5404\u5217\u957F\u5EA6\u4E0D\u4E00\u81F4");
    return inTimeOrder(store, store.next, 0);
  }
  const start = store.next;
  for (let i = 0; i < n; i++) {
    const p = c.percent[i];
    if (!(isId(c.id[i]) && Number.isSafeInteger(c.sentAt[i]) && Number.isSafeInteger(c.coversDay[i]) && p >= 0 && p <= 100))
      r.problem("\u8FDB\u5C55\u62A5\u9001 #", c.id[i], "\u7684\u6570\u636E\u65E0\u6548");
    store.at[start + i] = c.sentAt[i];
    store.id[start + i] = c.id[i];
    store.percent[start + i] = p;
    store.coversDay[start + i] = c.coversDay[i];
  }
  return inTimeOrder(store, start, n);
}
function inTimeOrder(store, start, n) {
  const { at, id, percent: percent2, coversDay } = store;
  store.next = start + n;
  let sorted = true;
  for (let i = start + 1; i < start + n && sorted; i++)
    if (!(at[i] > at[i - 1] || at[i] === at[i - 1] && id[i] >= id[i - 1])) sorted = false;
  if (!sorted) {
    const order = Array.from({ length: n }, (_, i) => start + i).sort((x, y) => at[x] - at[y] || id[x] - id[y]);
    for (const col of [at, id, percent2, coversDay]) {
      const copy = order.map((i) => col[i]);
      for (let i = 0; i < n; i++) col[start + i] = copy[i];
    }
  }
  return { at, id, percent: percent2, coversDay, start, count: n };
}

// src/lib/server/scoring/normalise.ts
function* normaliseSteps(input) {
  const p = new Problems();
  if (!isObject(input)) {
    p.add("facts \u5E94\u4E3A\u4E00\u4E2A\u5BF9\u8C61");
    p.throwIfAny("\u8003\u6838\u6570\u636E\u6709\u8BEF");
  }
  const facts = input;
  const plan2 = isObject(facts.plan) ? facts.plan : null;
  const year = plan2 && Number.isInteger(plan2.year) ? plan2.year : NaN;
  if (!(year >= 1990 && year <= 2100)) p.add("plan.year \u5E94\u4E3A\u56DB\u4F4D\u5E74\u4EFD\uFF0C\u4F8B\u5982 2020");
  let startDay = dayOf(`${year}-01-01`);
  if (plan2?.startsOn !== void 0) {
    startDay = dayOf(plan2.startsOn);
    if (Number.isNaN(startDay)) p.add(`plan.startsOn\u300C${plan2.startsOn}\u300D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09`);
  }
  const arr = (v, name2) => {
    if (v === void 0 && name2 === "entries") return [];
    if (Array.isArray(v)) return v;
    p.add(`${name2} \u5E94\u4E3A\u6570\u7EC4`);
    return [];
  };
  const date = (v, what) => {
    const d = typeof v === "string" ? dayOf(v) : NaN;
    if (Number.isNaN(d)) p.add(`${what()}\u300C${String(v)}\u300D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09`);
    return d;
  };
  const units = [];
  const unitIds = /* @__PURE__ */ new Set();
  arr(facts.units, "units").forEach((u, i) => {
    const at = `units[${i}]`;
    if (!isObject(u) || !isId(u.id)) return p.add(`${at}\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570`);
    if (unitIds.has(u.id)) return p.add(`\u5355\u4F4D ${u.id} \u91CD\u590D`);
    unitIds.add(u.id);
    if (!isText(u.name)) p.add(`\u5355\u4F4D ${u.id}\uFF1A\u7F3A\u5C11\u540D\u79F0`);
    if (!UNIT_KINDS.includes(u.kind)) p.add(`\u5355\u4F4D ${u.id}\uFF1Akind \u5E94\u4E3A ${UNIT_KINDS.join(" / ")}`);
    if (u.class !== void 0 && !isText(u.class)) p.add(`\u5355\u4F4D ${u.id}\uFF1Aclass \u5E94\u4E3A\u8003\u6838\u7C7B\u522B\u7684 id`);
    units.push({
      id: u.id,
      name: String(u.name),
      kind: u.kind,
      classOverride: u.class ?? null,
      order: i
    });
  });
  const sectionCode = /* @__PURE__ */ new Map();
  arr(facts.sections, "sections").forEach((s, i) => {
    if (!isObject(s) || !isId(s.id)) return p.add(`sections[${i}]\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570`);
    if (sectionCode.has(s.id)) return p.add(`\u90E8\u5206 ${s.id} \u91CD\u590D`);
    if (!isText(s.code)) p.add(`\u90E8\u5206 ${s.id}\uFF1A\u7F3A\u5C11\u7F16\u53F7\uFF08\u4E00\u3001\u4E8C\u2026\uFF09`);
    sectionCode.set(s.id, String(s.code));
  });
  const tasks = /* @__PURE__ */ new Map();
  const milestoneDays = /* @__PURE__ */ new Map();
  arr(facts.tasks, "tasks").forEach((t2, i) => {
    if (!isObject(t2) || !isId(t2.id)) return p.add(`tasks[${i}]\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570`);
    if (tasks.has(t2.id)) return p.add(`\u4EFB\u52A1 ${t2.id} \u91CD\u590D`);
    const code = isText(t2.code) ? t2.code : `\u4EFB\u52A1${t2.id}`;
    if (!isText(t2.code)) p.add(`\u4EFB\u52A1 ${t2.id}\uFF1A\u7F3A\u5C11\u7F16\u53F7\uFF08\u4E00(\u4E09)\uFF09`);
    if (!sectionCode.has(t2.sectionId)) p.add(`\u4EFB\u52A1 ${code}\uFF1A\u90E8\u5206 ${String(t2.sectionId)} \u4E0D\u5B58\u5728`);
    const weight = t2.weight === void 0 ? 1 : t2.weight;
    if (!isFiniteNumber(weight) || weight <= 0) p.add(`\u4EFB\u52A1 ${code}\uFF1A\u6743\u91CD\u5E94\u4E3A\u6B63\u6570`);
    const ms2 = arr(t2.milestones ?? [], `\u4EFB\u52A1 ${code} \u7684 milestones`).map((m, j) => {
      const ok = isObject(m) && isId(m.id);
      if (!ok) p.add(`\u4EFB\u52A1 ${code} \u7684\u65F6\u95F4\u8282\u70B9 ${j + 1}\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570`);
      return {
        id: ok ? m.id : 0,
        day: date(isObject(m) ? m.dueOn : void 0, () => `\u4EFB\u52A1 ${code} \u7684\u65F6\u95F4\u8282\u70B9\u65E5\u671F`)
      };
    });
    milestoneDays.set(t2.id, ms2);
    tasks.set(t2.id, {
      id: t2.id,
      code,
      title: String(t2.title ?? ""),
      weight: Number(weight),
      sectionCode: sectionCode.get(t2.sectionId) ?? "",
      order: i
    });
  });
  const yearEndDay = dayOf(`${year}-12-31`);
  const defaultDeadlines = /* @__PURE__ */ new Map();
  for (const [taskId, ms2] of milestoneDays) {
    const deadlines = ms2.length ? ms2.map((m) => ({ milestoneId: m.id, originalDay: m.day, changes: [] })) : [{ milestoneId: null, originalDay: yearEndDay, changes: [] }];
    defaultDeadlines.set(taskId, {
      deadlines,
      dueDays: ms2.length ? ms2.map((m) => m.day).sort((x, y) => x - y) : [yearEndDay]
    });
  }
  const assignmentIds = /* @__PURE__ */ new Set();
  const tasksOfUnit = new Map(units.map((u) => [u.id, /* @__PURE__ */ new Set()]));
  const rawAssignmentsByUnit = new Map(units.map((u) => [u.id, []]));
  const rawAssignments = arr(facts.assignments, "assignments");
  for (let i = 0; i < rawAssignments.length; i++) {
    if (i % 5e3 === 4999) yield;
    const raw = rawAssignments[i];
    if (!isObject(raw) || !isId(raw.id)) {
      p.add(`assignments[${i}]\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570`);
      continue;
    }
    const a = raw;
    const task2 = tasks.get(a.taskId);
    const unitTasks = tasksOfUnit.get(a.unitId);
    if (assignmentIds.has(a.id) || !task2 || !unitTasks) {
      if (assignmentIds.has(a.id)) p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id} \u91CD\u590D`);
      else if (!task2) p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id}\uFF1A\u4EFB\u52A1 ${String(a.taskId)} \u4E0D\u5B58\u5728`);
      else p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id}\uFF1A\u5355\u4F4D ${String(a.unitId)} \u4E0D\u5B58\u5728`);
      continue;
    }
    assignmentIds.add(a.id);
    if (unitTasks.has(a.taskId)) p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id}\uFF1A\u4EFB\u52A1 ${task2.code} \u5DF2\u5206\u7ED9\u5355\u4F4D ${a.unitId}`);
    unitTasks.add(a.taskId);
    if (a.role !== "lead" && a.role !== "responsible") p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id}\uFF1Arole \u5E94\u4E3A lead \u6216 responsible`);
    rawAssignmentsByUnit.get(a.unitId).push(a);
  }
  const entriesByUnit = new Map(units.map((u) => [u.id, []]));
  const entryIds = /* @__PURE__ */ new Set();
  arr(facts.entries, "entries").forEach((e, i) => {
    if (!isObject(e) || !isId(e.id)) return p.add(`entries[${i}]\uFF1Aid \u5E94\u4E3A\u6B63\u6574\u6570`);
    const at = `\u5F55\u5165\u8BB0\u5F55 ${e.id}`;
    if (entryIds.has(e.id)) return p.add(`${at} \u91CD\u590D`);
    entryIds.add(e.id);
    if (!unitIds.has(e.unitId)) return p.add(`${at}\uFF1A\u5355\u4F4D ${String(e.unitId)} \u4E0D\u5B58\u5728`);
    if (!ENTRY_KINDS.includes(e.kind)) p.add(`${at}\uFF1Akind \u5E94\u4E3A ${ENTRY_KINDS.join(" / ")}`);
    if (!isText(e.indicator)) p.add(`${at}\uFF1A\u7F3A\u5C11\u6307\u6807 id\uFF08indicator\uFF09`);
    if (!isText(e.reason)) p.add(`${at}\uFF1A\u7F3A\u5C11\u7406\u7531\uFF08reason\uFF09`);
    if (e.value !== void 0 && !isFiniteNumber(e.value) && typeof e.value !== "string")
      p.add(`${at}\uFF1Avalue \u5E94\u4E3A\u6570\u6216\u6587\u5B57`);
    entriesByUnit.get(e.unitId).push({
      id: e.id,
      unitId: e.unitId,
      kind: e.kind,
      indicator: String(e.indicator),
      value: e.value ?? null,
      channel: typeof e.channel === "string" ? e.channel : null,
      reason: String(e.reason ?? ""),
      day: date(e.on, () => `${at} \u7684\u65E5\u671F`),
      evidence: typeof e.evidence === "string" ? e.evidence : null
    });
  });
  for (const es of entriesByUnit.values()) es.sort((x, y) => x.day - y.day || x.id - y.id);
  return {
    problems: p,
    tasks,
    defaultDeadlines,
    rawAssignmentsByUnit,
    year,
    startDay,
    yearEndDay,
    units,
    sectionCodes: new Set(sectionCode.values()),
    taskCodes: new Set([...tasks.values()].map((t2) => t2.code)),
    entriesByUnit
  };
}
function readAssignments(facts, unitId) {
  const p = facts.problems;
  const list = [];
  const raw = facts.rawAssignmentsByUnit.get(unitId) ?? [];
  const readHistory2 = historyReader(p, raw);
  for (const a of raw) {
    const task2 = facts.tasks.get(a.taskId);
    const n = readHistory2(a, facts.defaultDeadlines.get(task2.id));
    let assignedDay = null;
    if (a.assignedOn !== void 0) {
      assignedDay = typeof a.assignedOn === "string" ? dayOf(a.assignedOn) : NaN;
      if (Number.isNaN(assignedDay))
        p.add(`\u4EFB\u52A1\u5206\u5DE5 ${a.id} \u7684\u5206\u5DE5\u65E5\u671F\u300C${String(a.assignedOn)}\u300D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09`);
    }
    list.push({
      id: a.id,
      task: task2,
      unitId: a.unitId,
      role: a.role,
      assignedDay,
      deadlines: n.deadlines,
      fixedDueDays: n.fixedDueDays,
      reports: n.reports,
      submissions: n.submissions,
      reviews: n.reviews
    });
  }
  return list.sort((x, y) => x.task.order - y.task.order || x.id - y.id);
}

// src/lib/server/scoring/outcome.ts
var better = (a, b) => a.vetoFail !== b.vetoFail ? !a.vetoFail : a.key > b.key;
var tied = (a, b) => a.vetoFail === b.vetoFail && a.key === b.key;
function ranks(order, all) {
  const out = /* @__PURE__ */ new Map();
  order.forEach((i, pos) => {
    const prev = pos > 0 ? order[pos - 1] : -1;
    out.set(i, prev >= 0 && tied(all[prev], all[i]) ? out.get(prev) : pos + 1);
  });
  return out;
}
function bandOf(key, bands) {
  const i = bands.findIndex((b) => b.from === void 0 || key >= b.from);
  return i < 0 ? bands.length - 1 : i;
}
function place(all, outcome) {
  const order = all.map((_, i) => i).sort((a, b) => better(all[a], all[b]) ? -1 : better(all[b], all[a]) ? 1 : a - b);
  const overall = ranks(order, all);
  const byClass = /* @__PURE__ */ new Map();
  for (const i of order) {
    const members = byClass.get(all[i].classId);
    if (members) members.push(i);
    else byClass.set(all[i].classId, [i]);
  }
  const classRank = /* @__PURE__ */ new Map();
  for (const members of byClass.values()) for (const [i, r] of ranks(members, all)) classRank.set(i, r);
  const vetoBand = (c) => {
    const named = c.bands.findIndex((b) => b.name === outcome.vetoBand);
    return named >= 0 ? named : c.bands.length - 1;
  };
  const band = all.map((c) => c.vetoFail ? vetoBand(c) : bandOf(c.key, c.bands));
  const earned = [...band];
  const groups = outcome.quotaScope === "all" ? [order] : [...byClass.values()];
  for (const group of groups) applyQuotas(group, all, band);
  return all.map((c, i) => {
    const p = { rank: overall.get(i), classRank: classRank.get(i), band: c.bands[band[i]].name };
    if (band[i] !== earned[i]) p.bandBeforeQuota = c.bands[earned[i]].name;
    return p;
  });
}
function applyQuotas(group, all, band) {
  const scored = group.filter((i) => !all[i].vetoFail);
  const bands = all[group[0]]?.bands ?? [];
  for (let b = 0; b < bands.length - 1; b++) {
    const quota = bands[b].quota;
    if (quota === void 0) continue;
    const allowed = Math.floor(quota * group.length + 1e-9);
    const members = scored.filter((i) => band[i] === b);
    if (members.length <= allowed) continue;
    members.forEach((i, pos) => {
      let last = pos;
      while (last + 1 < members.length && tied(all[members[last + 1]], all[i])) last++;
      if (last >= allowed) band[i] = b + 1;
    });
  }
}

// src/lib/server/scoring/result-types.ts
var RESULT_FORMAT = "yaodian-scores";

// src/lib/server/scoring/round.ts
var cents = (x) => {
  const c = x * 100;
  const r = Math.round(c);
  return Math.abs(c - r) < 1e-6 ? r : c;
};
function apportion(values, target) {
  const n = values.length;
  const out = new Array(n);
  let sum = 0;
  let inexact = false;
  const exact = new Array(n);
  for (let i = 0; i < n; i++) {
    const c = cents(values[i]);
    const f2 = Math.floor(c);
    exact[i] = c;
    if (f2 !== c) inexact = true;
    out[i] = f2;
    sum += f2;
  }
  let left = target - sum;
  if (left > 0 && inexact) {
    const order = [];
    for (let i = 0; i < n; i++) if (exact[i] !== out[i]) order.push(i);
    if (left >= order.length) for (const i of order) out[i] += 1;
    else {
      const frac = order.map((i) => exact[i] - out[i]);
      const rank = order.map((_, k) => k).sort((a, b) => frac[b] - frac[a] || a - b);
      for (let k = 0; k < left; k++) out[order[rank[k]]] += 1;
    }
    left -= Math.min(left, order.length);
  }
  if (left !== 0 && n) out[n - 1] += left;
  return out;
}
var roundCents = (x) => Math.round(cents(x));
function flat(text2) {
  Number(text2);
  return text2;
}
function treeLine(n, l, c) {
  const out = {
    indicator: n.id,
    indicatorName: n.name,
    rule: l.rule,
    source: l.source,
    points: c / 100,
    text: flat(l.text)
  };
  if (l.related) out.related = l.related;
  return out;
}
function roundNode(n, scoreCents, maxCents, out) {
  const k = n.children.length;
  const parts = new Array(k + n.lines.length);
  for (let i = 0; i < k; i++) parts[i] = n.children[i].score;
  for (let i = 0; i < n.lines.length; i++) parts[k + i] = n.lines[i].raw;
  const shares = apportion(parts, scoreCents);
  const maxShares = n.combine === "cap" ? n.children.map((c) => roundCents(c.max)) : apportion(
    n.children.map((c) => c.max),
    maxCents
  );
  const children = n.children.map((c, i) => roundNode(c, shares[i], maxShares[i], out));
  for (let i = 0; i < n.lines.length; i++) out.push(treeLine(n, n.lines[i], shares[k + i]));
  const node = {
    id: n.id,
    name: n.name,
    max: maxCents / 100,
    statedMax: n.statedMax,
    score: scoreCents / 100,
    notApplicable: n.na
  };
  if (children.length) node.children = children;
  return node;
}
function roundUnit(root, adjustments, total) {
  const totalCents = roundCents(total);
  const shares = apportion([root.score, ...adjustments.map((l) => l.points)], totalCents);
  const lines = [];
  const tree = roundNode(root, shares[0], roundCents(root.max), lines);
  adjustments.forEach((l, i) => {
    l.points = shares[i + 1] / 100;
    l.text = flat(l.text);
    lines.push(l);
  });
  return { total: totalCents / 100, base: shares[0] / 100, tree: tree.children ?? [], lines };
}

// src/lib/server/scoring/tree.ts
var EPS2 = 1e-9;
function scoreTree(input) {
  const top = input.table.indicators;
  const root = {
    id: "",
    name: input.table.name,
    max: top.reduce((s, i) => s + i.max, 0),
    children: top
  };
  const prepared2 = prepare(root, input);
  return finish(prepared2, 1, input.table.spread ?? "even").node;
}
function prepare(ind, input) {
  const na = ownNotApplicable(ind, input);
  if (ind.children?.length) {
    const children = ind.children.map((c) => prepare(c, input));
    const allNa = children.every((c) => c.na);
    return {
      ind,
      na: na ?? (allNa ? { text: "\u4E0B\u7EA7\u6307\u6807\u5747\u4E0D\u9002\u7528", source: null } : null),
      children,
      lines: [],
      excess: 0
    };
  }
  if (na) return { ind, na, children: [], lines: [], excess: 0 };
  const rules = ind.rules ?? [];
  const ctx = {
    clock: input.clock,
    indicator: ind,
    states: input.states,
    entries: input.entriesByIndicator.get(ind.id) ?? []
  };
  const outcomes = rules.map((r) => ({ rule: r, out: scoreRule(r, ctx) }));
  const naRule = outcomes.find((o) => o.out.status === "na");
  if (naRule && !outcomes.some((o) => o.out.status === "ok"))
    return { ind, na: { text: notApplicableReason(naRule.rule), source: null }, children: [], lines: [], excess: 0 };
  const all = rules.some(isScoringRule) ? [] : [{ rule: "base", source: null, raw: ind.max, text: `\u672C\u9879\u6EE1\u5206 ${fmt(ind.max)} \u5206` }];
  for (const positive3 of [true, false])
    for (const o of outcomes) if (isScoringRule(o.rule) === positive3) for (const l of o.out.lines) all.push(l);
  const { lines, excess } = clampLeaf(all, ind);
  return { ind, na: null, children: [], lines, excess };
}
function ownNotApplicable(ind, input) {
  if (input.classNotApplicable.has(ind.id)) return { text: "\u672C\u7C7B\u522B\u4E0D\u8003\u6838\u6B64\u9879", source: null };
  const from = ind.availableFrom;
  if (from !== void 0) {
    const fromDay = from === "year-end" ? input.clock.yearEndDay : dayOf(from);
    const text2 = from === "year-end" ? "\u5E74\u5EA6\u8003\u6838\u65F6\u8BA1\u5206" : `${from} \u8D77\u8BA1\u5206`;
    if (input.clock.asOfDay < fromDay) return { text: text2, source: null };
  }
  const entry = input.entriesByIndicator.get(ind.id)?.find((e) => e.kind === "not-applicable");
  return entry ? { text: entry.reason, source: entrySource(entry) } : null;
}
function clampLeaf(lines, ind) {
  let running = 0;
  let excess = 0;
  const max = ind.max;
  for (const l of lines) {
    const next = Math.min(max, Math.max(0, running + l.raw));
    const applied = next - running;
    running = next;
    if (Math.abs(applied - l.raw) < EPS2) continue;
    let text2;
    if (l.raw > 0)
      text2 = applied < EPS2 ? `${l.text}\uFF1B\u672C\u9879\u5DF2\u8FBE\u6EE1\u5206 ${fmt(max)} \u5206\uFF0C\u4E0D\u518D\u8BA1\u5206` : `${l.text}\uFF1B\u672C\u9879\u6700\u9AD8 ${fmt(max)} \u5206\uFF0C\u8BA1 ${fmt(applied)} \u5206`;
    else if (ind.overflow) {
      excess += l.raw - applied;
      text2 = `${l.text}\uFF1B\u8D85\u51FA\u672C\u9879\u5206\u503C\u7684 ${fmt(applied - l.raw)} \u5206\u5728\u4E0A\u7EA7\u6307\u6807\u4E2D\u6263\u9664`;
    } else
      text2 = applied > -EPS2 ? `${l.text}\uFF1B\u672C\u9879\u5DF2\u6263\u5B8C\uFF0C\u4E0D\u518D\u6263\u5206` : `${l.text}\uFF1B\u672C\u9879\u5DF2\u6263\u5B8C\uFF0C\u5B9E\u6263 ${fmt(-applied)} \u5206`;
    l.raw = applied;
    l.text = text2;
  }
  return { lines, excess };
}
function finish(p, factor, spread) {
  const { ind } = p;
  const combine = ind.combine ?? "sum";
  const mk = (rule, points, text2) => ({ rule, source: null, raw: points, text: text2 });
  if (p.na) return { node: notApplicableNode(p, combine), excess: 0 };
  const max = ind.max * factor;
  if (!p.children.length) {
    const lines2 = p.lines;
    for (const l of lines2) {
      const points = l.raw * factor;
      if (Math.abs(points - l.raw) > EPS2 && Math.abs(l.raw) > EPS2) l.text += `\uFF08\u6298\u7B97 ${fmt(points)} \u5206\uFF09`;
      l.raw = points;
    }
    const score2 = lines2.reduce((s, l) => s + l.raw, 0);
    return {
      node: { id: ind.id, name: ind.name, statedMax: ind.max, max, score: score2, na: false, combine, children: [], lines: lines2 },
      excess: p.excess * factor
    };
  }
  const applicable = p.children.filter((c) => !c.na);
  const stated = p.children.reduce((s, c) => s + c.ind.max, 0);
  const statedApplicable = applicable.reduce((s, c) => s + c.ind.max, 0);
  const spreadTotal = stated - statedApplicable;
  const childFactor = (c) => {
    if (combine === "cap") return factor;
    const enlarged = spread === "even" ? c.ind.max + spreadTotal / applicable.length : c.ind.max * stated / statedApplicable;
    return factor * (ind.max / stated) * (enlarged / c.ind.max);
  };
  const done = p.children.map(
    (c) => c.na ? { node: notApplicableNode(c, combine, spread, applicable.length), excess: 0 } : finish(c, childFactor(c), spread)
  );
  const children = done.map((d) => d.node);
  let score = children.reduce((s, c) => s + c.score, 0);
  const lines = [];
  if (combine === "cap" && score > max + EPS2) {
    lines.push(
      mk("cap", max - score, `\u4E0B\u7EA7\u6307\u6807\u5408\u8BA1 ${fmt(score)} \u5206\uFF0C\u8D85\u8FC7\u672C\u9879\u4E0A\u9650 ${fmt(max)} \u5206\uFF0C\u6309 ${fmt(max)} \u5206\u8BA1`)
    );
    score = max;
  }
  let excess = 0;
  done.forEach((d) => {
    if (d.excess > -EPS2) return;
    const applied = Math.max(d.excess, -score);
    score += applied;
    let text2 = `\u300C${d.node.name}\u300D\u6263\u5206\u8D85\u51FA\u5176\u5206\u503C ${fmt(-d.excess)} \u5206\uFF0C\u5728\u300C${ind.name}\u300D\u4E2D\u7EE7\u7EED\u6263\u9664`;
    if (applied - d.excess > EPS2) {
      if (ind.overflow) excess += d.excess - applied;
      text2 += ind.overflow ? `\uFF0C\u672C\u9879\u6263\u5B8C\u540E\u5176\u4F59\u5728\u4E0A\u7EA7\u6307\u6807\u4E2D\u6263\u9664` : applied < -EPS2 ? `\uFF0C\u672C\u9879\u5DF2\u6263\u5B8C\uFF0C\u5B9E\u6263 ${fmt(-applied)} \u5206` : "\uFF0C\u672C\u9879\u5DF2\u6263\u5B8C\uFF0C\u4E0D\u518D\u6263\u5206";
    }
    lines.push(mk("overflow", applied, text2));
  });
  return {
    node: { id: ind.id, name: ind.name, statedMax: ind.max, max, score, na: false, combine, children, lines },
    excess
  };
}
function notApplicableNode(p, parentCombine, spread, siblings) {
  const ind = p.ind;
  const lines = [];
  if (p.na) {
    let text2 = `\u672C\u9879\u4E0D\u9002\u7528\uFF1A${p.na.text}`;
    if (siblings !== void 0)
      text2 += parentCombine === "cap" ? "\uFF0C\u4E0D\u8BA1\u5165\u4E0A\u7EA7\u6307\u6807" : `\uFF0C\u5176 ${fmt(ind.max)} \u5206${spread === "even" ? "\u5E73\u5747" : "\u6309\u5206\u503C\u6BD4\u4F8B"}\u5206\u914D\u5230\u540C\u7EA7\u5176\u4ED6 ${siblings} \u9879\u6307\u6807`;
    lines.push({ rule: "not-applicable", source: p.na.source, raw: 0, text: text2 });
  }
  return {
    id: ind.id,
    name: ind.name,
    statedMax: ind.max,
    max: 0,
    score: 0,
    na: true,
    combine: ind.combine ?? "sum",
    children: p.children.map((c) => notApplicableNode(c, ind.combine ?? "sum")),
    lines
  };
}

// src/lib/server/scoring/validate-rules.ts
var positive = (v) => isFiniteNumber(v) && v > 0;
var fraction = (v) => isFiniteNumber(v) && v >= 0 && v <= 1;
var oneOf = (v, options) => options.includes(v);
var SCOPED = ["scope", "whenEmpty"];
var FIELDS = {
  deduction: ["per", "points", "limit", "label"],
  count: ["points", "label"],
  level: ["levels", "whenMissing"],
  percent: ["label", "whenMissing"],
  external: ["source", "scale", "channels", "combine", "whenMissing"],
  "plan-weighted": [...SCOPED, "result", "timeliness"],
  "plan-unfinished": [...SCOPED, "points", "at", "limit"],
  "plan-overdue": [...SCOPED, "points", "perDay", "maxPerItem", "milestones", "measure", "limit"],
  "plan-returned": [...SCOPED, "points", "free", "limit"],
  "plan-reports": [...SCOPED, "points", "per", "fromMonth", "limit"]
};
function ruleProblems(rule, where, max, p) {
  if (!isObject(rule) || !(rule.kind in FIELDS))
    return p.add(`${where}\uFF1Akind \u5E94\u4E3A ${Object.keys(FIELDS).join("\u3001")} \u4E4B\u4E00`);
  const r = rule;
  known(r, ["kind", ...FIELDS[rule.kind]], where, p);
  const need = (ok, message) => {
    if (!ok) p.add(`${where}\uFF1A${message}`);
  };
  if ("limit" in r) need(positive(r.limit), "\u6700\u591A\u6263\u5206\uFF08limit\uFF09\u5E94\u4E3A\u6B63\u6570");
  if ("whenMissing" in r)
    need(oneOf(r.whenMissing, ["zero", "full", "not-applicable"]), "whenMissing \u5E94\u4E3A zero\u3001full \u6216 not-applicable");
  if (rule.kind.startsWith("plan-")) scopeProblems(r, where, p);
  switch (rule.kind) {
    case "deduction":
      need(oneOf(rule.per, ["item", "case", "month", "once", "judged"]), "per \u5E94\u4E3A item\u3001case\u3001month\u3001once \u6216 judged");
      need(positive(rule.points), "\u6BCF\u6B21\u6263\u5206\uFF08points\uFF09\u5E94\u4E3A\u6B63\u6570");
      break;
    case "count":
      need(positive(rule.points) && rule.points <= max, `\u6BCF\u9879\u5F97\u5206\uFF08points\uFF09\u5E94\u4E3A\u6B63\u6570\u4E14\u4E0D\u8D85\u8FC7\u672C\u9879 ${fmt(max)} \u5206`);
      break;
    case "level": {
      const levels = rule.levels;
      if (!Array.isArray(levels) || !levels.length) return need(false, "\u81F3\u5C11\u8981\u6709\u4E00\u4E2A\u8BC4\u5B9A\u7B49\u7EA7\uFF08levels\uFF09");
      const names = /* @__PURE__ */ new Set();
      for (const l of levels) {
        if (!isObject(l) || !isText(l.name)) {
          need(false, "\u6BCF\u4E2A\u8BC4\u5B9A\u7B49\u7EA7\u8981\u6709\u540D\u79F0");
          continue;
        }
        need(!names.has(l.name), `\u8BC4\u5B9A\u7B49\u7EA7\u300C${l.name}\u300D\u91CD\u590D`);
        names.add(l.name);
        need(
          isFiniteNumber(l.points) && l.points >= 0 && l.points <= max,
          `\u8BC4\u5B9A\u7B49\u7EA7\u300C${l.name}\u300D\u7684\u5206\u503C\u5E94\u5728 0\u2013${fmt(max)} \u4E4B\u95F4`
        );
      }
      break;
    }
    case "percent":
      break;
    case "external": {
      need(isText(rule.source), "\u7F3A\u5C11\u8BC4\u5206\u6765\u6E90\uFF08source\uFF09\uFF0C\u5982 \u7B2C\u4E09\u65B9\u8BC4\u4F30");
      if (rule.scale !== void 0) need(positive(rule.scale), "\u5206\u5236\uFF08scale\uFF09\u5E94\u4E3A\u6B63\u6570");
      if (rule.combine !== void 0) need(oneOf(rule.combine, ["latest", "mean"]), "combine \u5E94\u4E3A latest \u6216 mean");
      if (rule.channels === void 0) break;
      if (!Array.isArray(rule.channels) || !rule.channels.length) return need(false, "channels \u5E94\u4E3A\u975E\u7A7A\u6570\u7EC4");
      const ids = /* @__PURE__ */ new Set();
      for (const c of rule.channels) {
        if (!isObject(c) || !isText(c.id) || !isText(c.name)) {
          need(false, "\u6BCF\u4E2A\u6E20\u9053\u8981\u6709 id \u548C\u540D\u79F0");
          continue;
        }
        need(!ids.has(c.id), `\u6E20\u9053\u300C${c.id}\u300D\u91CD\u590D`);
        ids.add(c.id);
        need(positive(c.weight), `\u6E20\u9053\u300C${c.name}\u300D\u7684\u6743\u91CD\u5E94\u4E3A\u6B63\u6570`);
      }
      break;
    }
    case "plan-weighted": {
      need(
        rule.result !== void 0 || rule.timeliness !== void 0,
        "\u7ED3\u679C\uFF08result\uFF09\u4E0E\u65F6\u6548\uFF08timeliness\uFF09\u81F3\u5C11\u8981\u6709\u4E00\u9879"
      );
      if (rule.result !== void 0) {
        const grades = isObject(rule.result) ? rule.result.grades : void 0;
        need(
          isObject(grades) && GRADES.every((g) => fraction(grades[g])),
          `result.grades \u5E94\u7ED9\u51FA ${GRADES.join("\u3001")} \u56DB\u4E2A\u7B49\u7EA7\u7684\u7CFB\u6570\uFF080\u20131\uFF09`
        );
        if (isObject(rule.result) && rule.result.interimProgress !== void 0)
          need(fraction(rule.result.interimProgress), "result.interimProgress \u5E94\u5728 0\u20131 \u4E4B\u95F4");
      }
      if (rule.timeliness !== void 0) {
        const t2 = rule.timeliness;
        need(
          isObject(t2) && isFiniteNumber(t2.perDayLate) && t2.perDayLate >= 0 && fraction(t2.floor) && isFiniteNumber(t2.perReturn) && t2.perReturn >= 0,
          "timeliness \u5E94\u6709 perDayLate\uFF08\u22650\uFF09\u3001floor\uFF080\u20131\uFF09\u3001perReturn\uFF08\u22650\uFF09"
        );
        if (isObject(t2) && t2.measure !== void 0)
          need(oneOf(t2.measure, ["first", "accepted"]), "timeliness.measure \u5E94\u4E3A first \u6216 accepted");
      }
      break;
    }
    case "plan-unfinished":
      need(positive(rule.points), "\u6BCF\u9879\u6263\u5206\uFF08points\uFF09\u5E94\u4E3A\u6B63\u6570");
      need(oneOf(rule.at, ["year-end", "as-of"]), "at \u5E94\u4E3A year-end \u6216 as-of");
      break;
    case "plan-overdue":
      need(isFiniteNumber(rule.points) && rule.points >= 0, "\u6BCF\u9879\u6263\u5206\uFF08points\uFF09\u5E94\u4E3A\u975E\u8D1F\u6570");
      if (rule.perDay !== void 0) need(positive(rule.perDay), "\u6BCF\u5929\u6263\u5206\uFF08perDay\uFF09\u5E94\u4E3A\u6B63\u6570");
      need(positive(rule.points) || positive(rule.perDay), "points \u4E0E perDay \u81F3\u5C11\u4E00\u9879\u4E3A\u6B63\u6570");
      if (rule.maxPerItem !== void 0) need(positive(rule.maxPerItem), "\u5355\u9879\u6700\u591A\u6263\u5206\uFF08maxPerItem\uFF09\u5E94\u4E3A\u6B63\u6570");
      if (rule.milestones !== void 0)
        need(oneOf(rule.milestones, ["final", "each"]), "milestones \u5E94\u4E3A final \u6216 each");
      if (rule.measure !== void 0)
        need(oneOf(rule.measure, ["first", "accepted"]), "measure \u5E94\u4E3A first \u6216 accepted");
      break;
    case "plan-returned":
      need(positive(rule.points), "\u6BCF\u6B21\u6263\u5206\uFF08points\uFF09\u5E94\u4E3A\u6B63\u6570");
      if (rule.free !== void 0) need(Number.isInteger(rule.free) && rule.free >= 0, "free \u5E94\u4E3A\u975E\u8D1F\u6574\u6570");
      break;
    case "plan-reports":
      need(positive(rule.points), "\u6BCF\u6B21\u6263\u5206\uFF08points\uFF09\u5E94\u4E3A\u6B63\u6570");
      need(oneOf(rule.per, ["month", "assignment-month"]), "per \u5E94\u4E3A month \u6216 assignment-month");
      if (rule.fromMonth !== void 0) need(/^\d{4}-(0[1-9]|1[0-2])$/.test(rule.fromMonth), "fromMonth \u5E94\u4E3A YYYY-MM");
      break;
  }
}
function scopeProblems(r, where, p) {
  if (r.whenEmpty !== void 0 && !oneOf(r.whenEmpty, ["not-applicable", "full", "zero"]))
    p.add(`${where}\uFF1AwhenEmpty \u5E94\u4E3A not-applicable\u3001full \u6216 zero`);
  if (r.scope === void 0) return;
  const s = r.scope;
  if (!isObject(s)) return p.add(`${where}\uFF1Ascope \u5E94\u4E3A\u5BF9\u8C61`);
  known(s, ["sections", "tasks", "roles"], `${where}\u7684\u8303\u56F4`, p);
  for (const key of ["sections", "tasks"])
    if (s[key] !== void 0 && !(Array.isArray(s[key]) && s[key].every(isText)))
      p.add(`${where}\uFF1Ascope.${key} \u5E94\u4E3A\u7F16\u53F7\u5217\u8868`);
  if (s.roles !== void 0 && !(Array.isArray(s.roles) && s.roles.every((x) => oneOf(x, [...ASSIGNMENT_ROLES]))))
    p.add(`${where}\uFF1Ascope.roles \u5E94\u4E3A lead\u3001responsible`);
}

// src/lib/server/scoring/validate-rubric.ts
var EPS3 = 1e-9;
function parseRubric(input) {
  const p = new Problems();
  checkRubric(input, p);
  p.throwIfAny("\u8BC4\u5206\u7EC6\u5219\u6709\u8BEF");
  return input;
}
var positive2 = (v) => isFiniteNumber(v) && v > 0;
function checkRubric(input, p) {
  if (!isObject(input)) return p.add("\u8BC4\u5206\u7EC6\u5219\u5E94\u4E3A\u4E00\u4E2A JSON \u5BF9\u8C61");
  if (input.format !== RUBRIC_FORMAT) return p.add(`\u4E0D\u662F\u8981\u70B9\u7763\u529E\u7684\u8BC4\u5206\u7EC6\u5219\uFF08format \u5E94\u4E3A "${RUBRIC_FORMAT}"\uFF09`);
  if (input.version !== RUBRIC_VERSION)
    return p.add(`\u8BC4\u5206\u7EC6\u5219\u7248\u672C ${String(input.version)} \u4E0D\u53D7\u652F\u6301\uFF08\u672C\u7CFB\u7EDF\u8BFB\u53D6\u7248\u672C ${RUBRIC_VERSION}\uFF09`);
  known(input, ["format", "version", "name", "description", "classes", "tables", "outcome"], "\u8BC4\u5206\u7EC6\u5219", p);
  if (!isText(input.name)) p.add("\u8BC4\u5206\u7EC6\u5219\u7F3A\u5C11\u540D\u79F0\uFF08name\uFF09");
  const tables = /* @__PURE__ */ new Map();
  if (!Array.isArray(input.tables) || !input.tables.length) p.add("\u8BC4\u5206\u7EC6\u5219\u81F3\u5C11\u8981\u6709\u4E00\u5F20\u8BC4\u5206\u8868\uFF08tables\uFF09");
  else
    input.tables.forEach((t2, i) => {
      const checked = checkTable(t2, i, p);
      if (!checked) return;
      if (tables.has(checked.id)) p.add(`\u8BC4\u5206\u8868 id\u300C${checked.id}\u300D\u91CD\u590D`);
      tables.set(checked.id, checked);
    });
  const outcome = isObject(input.outcome) ? input.outcome : null;
  if (!outcome) p.add("\u8BC4\u5206\u7EC6\u5219\u7F3A\u5C11 outcome\uFF08\u7B49\u6B21\u4E0E\u6392\u540D\uFF09");
  else {
    known(outcome, ["compareBy", "bands", "quotaScope", "vetoBand", "publish"], "outcome", p);
    if (outcome.compareBy !== void 0 && !["percent", "points"].includes(outcome.compareBy))
      p.add("outcome.compareBy \u5E94\u4E3A percent \u6216 points");
    if (outcome.quotaScope !== void 0 && !["class", "all"].includes(outcome.quotaScope))
      p.add("outcome.quotaScope \u5E94\u4E3A class \u6216 all");
    if (outcome.publish !== void 0 && !["scores", "bands"].includes(outcome.publish))
      p.add("outcome.publish \u5E94\u4E3A scores \u6216 bands");
    checkBands(outcome.bands, "\u7B49\u6B21", outcome.vetoBand, p);
  }
  if (!Array.isArray(input.classes) || !input.classes.length) return p.add("\u8BC4\u5206\u7EC6\u5219\u81F3\u5C11\u8981\u6709\u4E00\u4E2A\u8003\u6838\u7C7B\u522B\uFF08classes\uFF09");
  const classIds = /* @__PURE__ */ new Set();
  const kindOwner = /* @__PURE__ */ new Map();
  const unitOwner = /* @__PURE__ */ new Map();
  input.classes.forEach((c, i) => {
    if (!isObject(c) || !isText(c.id)) return p.add(`\u8003\u6838\u7C7B\u522B ${i + 1}\uFF1A\u7F3A\u5C11 id`);
    const where = `\u8003\u6838\u7C7B\u522B\u300C${isText(c.name) ? c.name : c.id}\u300D`;
    known(c, ["id", "name", "table", "kinds", "unitIds", "notApplicable", "bands"], where, p);
    if (classIds.has(c.id)) p.add(`\u8003\u6838\u7C7B\u522B id\u300C${c.id}\u300D\u91CD\u590D`);
    classIds.add(c.id);
    if (!isText(c.name)) p.add(`${where}\uFF1A\u7F3A\u5C11\u540D\u79F0`);
    const table = tables.get(c.table);
    if (!table) p.add(`${where}\uFF1A\u8BC4\u5206\u8868\u300C${String(c.table)}\u300D\u4E0D\u5B58\u5728`);
    for (const k of c.kinds ?? []) {
      if (!UNIT_KINDS.includes(k))
        p.add(`${where}\uFF1A\u5355\u4F4D\u7C7B\u578B\u300C${String(k)}\u300D\u5E94\u4E3A ${UNIT_KINDS.join(" / ")} \u4E4B\u4E00`);
      else if (kindOwner.has(k))
        p.add(`${where}\uFF1A\u5355\u4F4D\u7C7B\u578B ${String(k)} \u5DF2\u5C5E\u4E8E\u8003\u6838\u7C7B\u522B\u300C${kindOwner.get(k)}\u300D`);
      else kindOwner.set(k, String(c.name ?? c.id));
    }
    for (const u of c.unitIds ?? []) {
      if (!isId(u)) p.add(`${where}\uFF1AunitIds \u5E94\u4E3A\u5355\u4F4D id\uFF08\u6B63\u6574\u6570\uFF09`);
      else if (unitOwner.has(u)) p.add(`${where}\uFF1A\u5355\u4F4D ${u} \u5DF2\u5C5E\u4E8E\u8003\u6838\u7C7B\u522B\u300C${unitOwner.get(u)}\u300D`);
      else unitOwner.set(u, String(c.name ?? c.id));
    }
    for (const id of c.notApplicable ?? [])
      if (table && !table.nodes.has(id)) p.add(`${where}\uFF1A\u4E0D\u9002\u7528\u7684\u6307\u6807\u300C${String(id)}\u300D\u5728\u8BC4\u5206\u8868\u4E2D\u4E0D\u5B58\u5728`);
    if (c.bands !== void 0) {
      if (outcome?.quotaScope === "all")
        p.add(`${where}\uFF1A\u7B49\u6B21\u540D\u989D\u6309\u5168\u90E8\u5355\u4F4D\u8BA1\u7B97\uFF08quotaScope: all\uFF09\u65F6\uFF0C\u5404\u7C7B\u522B\u4E0D\u80FD\u53E6\u8BBE\u7B49\u6B21`);
      checkBands(c.bands, `${where}\u7684\u7B49\u6B21`, outcome?.vetoBand, p);
    }
  });
}
function checkTable(t2, i, p) {
  if (!isObject(t2) || !isText(t2.id)) {
    p.add(`\u8BC4\u5206\u8868 ${i + 1}\uFF1A\u7F3A\u5C11 id`);
    return null;
  }
  const where = `\u8BC4\u5206\u8868\u300C${isText(t2.name) ? t2.name : t2.id}\u300D`;
  known(t2, ["id", "name", "indicators", "spread", "bonus", "deductions", "majorDeductions", "vetoes"], where, p);
  if (!isText(t2.name)) p.add(`${where}\uFF1A\u7F3A\u5C11\u540D\u79F0`);
  if (t2.spread !== void 0 && t2.spread !== "even" && t2.spread !== "proportional")
    p.add(`${where}\uFF1Aspread \u5E94\u4E3A even \u6216 proportional`);
  const ids = /* @__PURE__ */ new Set();
  const nodes = /* @__PURE__ */ new Set();
  const claim = (id, what) => {
    if (!isText(id)) return p.add(`${where}\uFF1A${what}\u7F3A\u5C11 id`);
    if (ids.has(id)) p.add(`${where}\uFF1Aid\u300C${id}\u300D\u91CD\u590D\uFF08\u6307\u6807\u548C\u52A0\u5206\u3001\u6263\u5206\u3001\u5426\u51B3\u9879\u7684 id \u5728\u4E00\u5F20\u8868\u5185\u4E0D\u80FD\u76F8\u540C\uFF09`);
    ids.add(id);
  };
  if (!Array.isArray(t2.indicators) || !t2.indicators.length) {
    p.add(`${where}\uFF1A\u81F3\u5C11\u8981\u6709\u4E00\u9879\u4E00\u7EA7\u6307\u6807`);
    return null;
  }
  const total = t2.indicators.reduce(
    (s, ind) => s + (isObject(ind) && isFiniteNumber(ind.max) ? ind.max : 0),
    0
  );
  const walk = (ind, depth) => {
    if (!isObject(ind)) return p.add(`${where}\uFF1A\u6307\u6807\u5E94\u4E3A\u5BF9\u8C61`);
    claim(ind.id, "\u6307\u6807");
    nodes.add(ind.id);
    checkIndicator(ind, depth, p);
    if (Array.isArray(ind.children)) for (const c of ind.children) walk(c, depth + 1);
  };
  for (const ind of t2.indicators) walk(ind, 0);
  checkAdjustments(t2, where, total, nodes, claim, p);
  return { id: t2.id, total, ids, nodes };
}
var name = (ind) => `\u6307\u6807\u300C${isText(ind.name) ? ind.name : String(ind.id)}\u300D`;
function checkIndicator(ind, depth, p) {
  const where = name(ind);
  known(ind, ["id", "name", "max", "note", "children", "combine", "overflow", "availableFrom", "rules"], where, p);
  if (!isText(ind.name)) p.add(`${where}\uFF1A\u7F3A\u5C11\u540D\u79F0`);
  if (!positive2(ind.max)) return p.add(`${where}\uFF1A\u5206\u503C\uFF08max\uFF09\u5E94\u4E3A\u6B63\u6570`);
  const max = ind.max;
  if (ind.overflow !== void 0 && typeof ind.overflow !== "boolean") p.add(`${where}\uFF1Aoverflow \u5E94\u4E3A true \u6216 false`);
  if (ind.overflow === true && depth === 0)
    p.add(`${where}\uFF1A\u4E00\u7EA7\u6307\u6807\u6CA1\u6709\u4E0A\u7EA7\u6307\u6807\uFF0C\u4E0D\u80FD\u8BBE"\u6263\u5206\u8D85\u51FA\u672C\u9879\u5206\u503C\u5728\u4E0A\u7EA7\u4E2D\u6263\u9664"\uFF08overflow\uFF09`);
  if (ind.availableFrom !== void 0 && ind.availableFrom !== "year-end" && Number.isNaN(dayOf(ind.availableFrom)))
    p.add(`${where}\uFF1AavailableFrom \u5E94\u4E3A YYYY-MM-DD \u6216 year-end`);
  const children = ind.children;
  if (children !== void 0) {
    if (!Array.isArray(children) || !children.length) return p.add(`${where}\uFF1Achildren \u5E94\u4E3A\u975E\u7A7A\u6570\u7EC4`);
    if (ind.rules !== void 0) p.add(`${where}\uFF1A\u6709\u4E0B\u7EA7\u6307\u6807\u7684\u6307\u6807\u4E0D\u80FD\u518D\u8BBE\u8BC4\u5206\u89C4\u5219\uFF0C\u8BF7\u628A\u89C4\u5219\u653E\u5230\u4E0B\u7EA7\u6307\u6807\u4E0A`);
    const combine = ind.combine ?? "sum";
    if (!["sum", "cap", "scale"].includes(combine)) return p.add(`${where}\uFF1Acombine \u5E94\u4E3A sum\u3001cap \u6216 scale`);
    const sum = children.reduce((s, c) => s + (isObject(c) && isFiniteNumber(c.max) ? c.max : 0), 0);
    if (combine === "sum" && sum > max + EPS3)
      p.add(
        `${where}\uFF1A\u4E0B\u7EA7\u6307\u6807\u5206\u503C\u5408\u8BA1 ${fmt(sum)} \u5206\uFF0C\u8D85\u8FC7\u672C\u9879 ${fmt(max)} \u5206\uFF1B\u5982\u6309"\u7D2F\u8BA1\u6700\u9AD8\u4E0D\u8D85\u8FC7 ${fmt(max)} \u5206"\u8BA1\uFF0C\u8BF7\u8BBE combine \u4E3A cap`
      );
    if (combine === "sum" && sum < max - EPS3)
      p.add(`${where}\uFF1A\u4E0B\u7EA7\u6307\u6807\u5206\u503C\u5408\u8BA1 ${fmt(sum)} \u5206\uFF0C\u5C11\u4E8E\u672C\u9879 ${fmt(max)} \u5206`);
    if (combine === "cap" && sum < max - EPS3)
      p.add(`${where}\uFF1A\u6309\u4E0A\u9650\u8BA1\u5206\uFF08cap\uFF09\u65F6\u4E0B\u7EA7\u6307\u6807\u5408\u8BA1 ${fmt(sum)} \u5206\uFF0C\u5C11\u4E8E\u672C\u9879 ${fmt(max)} \u5206\uFF0C\u672C\u9879\u6C38\u8FDC\u5F97\u4E0D\u5230\u6EE1\u5206`);
    return;
  }
  if (ind.combine !== void 0) p.add(`${where}\uFF1A\u6CA1\u6709\u4E0B\u7EA7\u6307\u6807\uFF0C\u4E0D\u80FD\u8BBE combine`);
  if (!Array.isArray(ind.rules) || !ind.rules.length) return p.add(`${where}\uFF1A\u672B\u7EA7\u6307\u6807\u81F3\u5C11\u8981\u6709\u4E00\u6761\u8BC4\u5206\u89C4\u5219\uFF08rules\uFF09`);
  const scoring = ind.rules.filter(
    (r) => isObject(r) && SCORING_RULES.includes(r.kind)
  );
  if (scoring.length > 1)
    p.add(`${where}\uFF1A\u6700\u591A\u4E00\u6761\u5F97\u5206\u89C4\u5219\uFF08${scoring.map((r) => r.kind).join("\u3001")}\uFF09\uFF0C\u5176\u4F59\u5E94\u4E3A\u6263\u5206\u89C4\u5219`);
  ind.rules.forEach((r, i) => ruleProblems(r, `${where}\u7684\u7B2C ${i + 1} \u6761\u89C4\u5219`, max, p));
}
function checkAdjustments(t2, where, total, nodes, claim, p) {
  const items = (list, what, judged) => {
    if (!Array.isArray(list) || !list.length) return p.add(`${where}\uFF1A${what}\u81F3\u5C11\u8981\u6709\u4E00\u9879`);
    for (const it of list) {
      if (!isObject(it)) return p.add(`${where}\uFF1A${what}\u5E94\u4E3A\u5BF9\u8C61`);
      claim(it.id, what);
      const at = `${where}\u7684${what}\u300C${isText(it.name) ? it.name : String(it.id)}\u300D`;
      known(it, ["id", "name", "points", "per", "max"], at, p);
      if (!isText(it.name)) p.add(`${at}\uFF1A\u7F3A\u5C11\u540D\u79F0`);
      if (!positive2(it.points)) p.add(`${at}\uFF1A\u5206\u503C\uFF08points\uFF09\u5E94\u4E3A\u6B63\u6570`);
      if (!["event", "once", ...judged ? ["judged"] : []].includes(it.per))
        p.add(`${at}\uFF1Aper \u5E94\u4E3A event\u3001once \u6216 judged`);
      if (it.max !== void 0 && !positive2(it.max)) p.add(`${at}\uFF1Amax \u5E94\u4E3A\u6B63\u6570`);
    }
  };
  const group = (g, what) => {
    if (g === void 0) return;
    if (!isObject(g)) return p.add(`${where}\uFF1A${what}\u5E94\u4E3A\u5BF9\u8C61`);
    known(g, ["cap", "minBase", "items"], `${where}\u7684${what}`, p);
    if (!positive2(g.cap)) p.add(`${where}\uFF1A${what}\u7684\u4E0A\u9650\uFF08cap\uFF09\u5E94\u4E3A\u6B63\u6570`);
    items(g.items, what, true);
    if (g.minBase !== void 0) {
      const mb = g.minBase;
      if (what !== "\u52A0\u5206\u9879") p.add(`${where}\uFF1A\u53EA\u6709\u52A0\u5206\u9879\u53EF\u4EE5\u8BBE minBase`);
      else if (!isObject(mb) || !isFiniteNumber(mb.points) || mb.points < 0 || mb.points > total)
        p.add(`${where}\uFF1A\u52A0\u5206\u95E8\u69DB minBase.points \u5E94\u5728 0\u2013${fmt(total)} \u5206\u4E4B\u95F4`);
      else if (mb.of !== void 0 && !nodes.has(mb.of))
        p.add(`${where}\uFF1A\u52A0\u5206\u95E8\u69DB\u4F9D\u636E\u7684\u6307\u6807\u300C${String(mb.of)}\u300D\u4E0D\u5B58\u5728`);
    }
  };
  group(t2.bonus, "\u52A0\u5206\u9879");
  group(t2.deductions, "\u6263\u5206\u9879");
  if (t2.majorDeductions !== void 0) items(t2.majorDeductions, "\u91CD\u5927\u6263\u5206\u9879", true);
  if (t2.vetoes === void 0) return;
  if (!Array.isArray(t2.vetoes)) return p.add(`${where}\uFF1Avetoes \u5E94\u4E3A\u6570\u7EC4`);
  for (const v of t2.vetoes) {
    if (!isObject(v)) continue;
    claim(v.id, "\u4E00\u7968\u5426\u51B3\u9879");
    const at = `${where}\u7684\u4E00\u7968\u5426\u51B3\u9879\u300C${isText(v.name) ? v.name : String(v.id)}\u300D`;
    known(v, ["id", "name", "effect", "score"], at, p);
    if (!isText(v.name)) p.add(`${at}\uFF1A\u7F3A\u5C11\u540D\u79F0`);
    if (v.effect === "score") {
      if (!isFiniteNumber(v.score) || v.score < 0 || v.score > total)
        p.add(`${at}\uFF1A\u5426\u51B3\u540E\u7684\u5206\u6570\uFF08score\uFF09\u5E94\u5728 0\u2013${fmt(total)} \u4E4B\u95F4`);
    } else if (v.effect !== "fail") p.add(`${at}\uFF1Aeffect \u5E94\u4E3A fail\uFF08\u5B9A\u4E3A\u4E0D\u5408\u683C\uFF09\u6216 score\uFF08\u6309\u56FA\u5B9A\u5206\u6570\u8BA1\uFF09`);
    else if (v.score !== void 0) p.add(`${at}\uFF1A\u5B9A\u4E3A\u4E0D\u5408\u683C\uFF08fail\uFF09\u65F6\u4E0D\u8BBE score`);
  }
}
function checkBands(bands, where, vetoBand, p) {
  if (!Array.isArray(bands) || !bands.length) return p.add(`${where}\uFF1A\u81F3\u5C11\u8981\u6709\u4E00\u4E2A\u7B49\u6B21\uFF08bands\uFF09`);
  const list = bands;
  const names = /* @__PURE__ */ new Set();
  list.forEach((b, i) => {
    if (!isObject(b) || !isText(b.name)) return p.add(`${where}\uFF1A\u7B2C ${i + 1} \u4E2A\u7B49\u6B21\u7F3A\u5C11\u540D\u79F0`);
    known(b, ["name", "from", "below", "quota"], `${where}\u300C${b.name}\u300D`, p);
    if (names.has(b.name)) p.add(`${where}\uFF1A\u7B49\u6B21\u300C${b.name}\u300D\u91CD\u590D`);
    names.add(b.name);
    const top = i === 0;
    const bottom = i === list.length - 1;
    if (top && b.below !== void 0) p.add(`${where}\uFF1A\u6700\u9AD8\u7B49\u6B21\u300C${b.name}\u300D\u4E0D\u8BBE\u4E0A\u9650\uFF08below\uFF09`);
    if (bottom && b.from !== void 0)
      p.add(`${where}\uFF1A\u6700\u4F4E\u7B49\u6B21\u300C${b.name}\u300D\u4E0D\u8BBE\u4E0B\u9650\uFF08from\uFF09\uFF0C\u4EE5\u514D\u6709\u5206\u6570\u4E0D\u5C5E\u4E8E\u4EFB\u4F55\u7B49\u6B21`);
    if (!bottom && !isFiniteNumber(b.from)) p.add(`${where}\uFF1A\u7B49\u6B21\u300C${b.name}\u300D\u7F3A\u5C11\u4E0B\u9650\uFF08from\uFF09`);
    if (!top && !isFiniteNumber(b.below)) p.add(`${where}\uFF1A\u7B49\u6B21\u300C${b.name}\u300D\u7F3A\u5C11\u4E0A\u9650\uFF08below\uFF09`);
    if (isFiniteNumber(b.from) && isFiniteNumber(b.below) && b.from >= b.below)
      p.add(`${where}\uFF1A\u7B49\u6B21\u300C${b.name}\u300D\u7684\u4E0B\u9650 ${b.from} \u4E0D\u4F4E\u4E8E\u4E0A\u9650 ${b.below}`);
    if (b.quota !== void 0) {
      if (!isFiniteNumber(b.quota) || b.quota <= 0 || b.quota > 1)
        p.add(`${where}\uFF1A\u7B49\u6B21\u300C${b.name}\u300D\u7684\u540D\u989D\u6BD4\u4F8B ${String(b.quota)} \u5E94\u5728 0\u20131 \u4E4B\u95F4\uFF080.3 \u5373 30%\uFF09\uFF0C\u4E0D\u80FD\u8D85\u8FC7 100%`);
      else if (bottom) p.add(`${where}\uFF1A\u6700\u4F4E\u7B49\u6B21\u300C${b.name}\u300D\u4E0D\u80FD\u8BBE\u540D\u989D\u6BD4\u4F8B\uFF0C\u8D85\u51FA\u7684\u5355\u4F4D\u65E0\u5904\u53EF\u964D`);
    }
    if (i > 0) {
      const higher = list[i - 1];
      if (isFiniteNumber(higher.from) && isFiniteNumber(b.below)) {
        if (b.below < higher.from)
          p.add(
            `${where}\uFF1A\u300C${b.name}\u300D\u4E0E\u300C${higher.name}\u300D\u4E4B\u95F4\u6709\u7A7A\u6863\uFF0C[${b.below}, ${higher.from}) \u7684\u5206\u6570\u4E0D\u5C5E\u4E8E\u4EFB\u4F55\u7B49\u6B21`
          );
        if (b.below > higher.from)
          p.add(`${where}\uFF1A\u300C${b.name}\u300D\u4E0E\u300C${higher.name}\u300D\u91CD\u53E0\uFF0C[${higher.from}, ${b.below}) \u7684\u5206\u6570\u540C\u5C5E\u4E24\u4E2A\u7B49\u6B21`);
      }
    }
  });
  if (vetoBand !== void 0 && !names.has(vetoBand))
    p.add(`${where}\uFF1A\u4E00\u7968\u5426\u51B3\u7684\u7B49\u6B21\u300C${String(vetoBand)}\u300D\u4E0D\u5B58\u5728`);
}

// src/lib/server/scoring/engine.ts
function computeScores(rubricInput, factsInput, asOf) {
  return runAtOnce(scoreSteps(rubricInput, factsInput, asOf));
}
function* scoreSteps(rubricInput, factsInput, asOf) {
  const rubric2 = parseRubric(rubricInput);
  const asOfDay = dayOf(asOf);
  if (Number.isNaN(asOfDay)) throw new DomainError("invalid", `\u8BA1\u5206\u65E5\u671F\u300C${String(asOf)}\u300D\u4E0D\u662F\u6709\u6548\u65E5\u671F\uFF08YYYY-MM-DD\uFF09`);
  const facts = yield* normaliseSteps(factsInput);
  yield;
  const clock = clockAt(asOfDay, facts);
  const tables = new Map(rubric2.tables.map((t2) => [t2.id, indexTable(t2)]));
  const p = new Problems();
  checkScopes(rubric2, facts, p);
  const outcome = rubric2.outcome;
  const compareBy = outcome.compareBy ?? "percent";
  const vetoBand = outcome.vetoBand ?? outcome.bands.at(-1).name;
  const scored = [];
  const contenders = [];
  const excluded = [];
  for (const unit2 of facts.units) {
    const cls = classOf(unit2, rubric2, p);
    if (!cls) {
      excluded.push({ unitId: unit2.id, name: unit2.name, reason: "\u4E0D\u5C5E\u4E8E\u4EFB\u4F55\u8003\u6838\u7C7B\u522B" });
      continue;
    }
    const ix = tables.get(cls.table);
    const known2 = facts.problems.list.length + p.list.length;
    for (const e of facts.entriesByUnit.get(unit2.id)) entryProblems(e, ix, p);
    const assignments = readAssignments(facts, unit2.id);
    if (facts.problems.list.length + p.list.length > known2 || !facts.problems.ok || !p.ok) continue;
    const entries = entriesUpTo(facts.entriesByUnit.get(unit2.id), asOfDay);
    const root = scoreTree({
      table: ix.table,
      clock,
      states: assignments.map((a) => stateAt(a, clock)),
      entriesByIndicator: entries,
      classNotApplicable: new Set(cls.notApplicable ?? [])
    });
    if (root.na) {
      excluded.push({ unitId: unit2.id, name: unit2.name, reason: "\u6CA1\u6709\u9002\u7528\u4E8E\u672C\u5355\u4F4D\u7684\u6307\u6807" });
      continue;
    }
    const adjusted = adjust(ix.table, root, entries, vetoBand);
    const rounded = roundUnit(root, adjusted.lines, adjusted.total);
    const max = tableMax(ix);
    const percent2 = roundCents(rounded.total / max * 100) / 100;
    scored.push({
      unitId: unit2.id,
      name: unit2.name,
      classId: cls.id,
      className: cls.name,
      total: rounded.total,
      max,
      percent: percent2,
      base: rounded.base,
      veto: adjusted.veto,
      tree: rounded.tree,
      lines: rounded.lines
    });
    contenders.push({
      classId: cls.id,
      key: compareBy === "percent" ? percent2 : rounded.total,
      vetoFail: adjusted.veto?.effect === "fail",
      bands: cls.bands ?? outcome.bands
    });
    yield;
  }
  facts.problems.throwIfAny("\u8003\u6838\u6570\u636E\u6709\u8BEF");
  p.throwIfAny("\u8003\u6838\u6570\u636E\u4E0E\u8BC4\u5206\u7EC6\u5219\u4E0D\u7B26");
  const placed = place(contenders, outcome);
  const units = scored.map((s, i) => {
    const { unitId, name: name2, classId, className, total, max, percent: percent2, base, veto, tree, lines } = s;
    const { rank, classRank, band, bandBeforeQuota } = placed[i];
    const head = { unitId, name: name2, classId, className, total, max, percent: percent2, base, band };
    return { ...head, ...bandBeforeQuota ? { bandBeforeQuota } : {}, rank, classRank, veto, tree, lines };
  });
  const order = units.map((_, i) => i).sort((a, b) => units[a].rank - units[b].rank || a - b);
  const counts = /* @__PURE__ */ new Map();
  for (const u of units) counts.set(u.classId, (counts.get(u.classId) ?? 0) + 1);
  return {
    format: RESULT_FORMAT,
    version: 1,
    rubric: rubric2.name,
    asOf,
    final: !clock.interim,
    compareBy,
    publish: outcome.publish ?? "scores",
    classes: rubric2.classes.map((c) => ({
      id: c.id,
      name: c.name,
      table: c.table,
      max: tableMax(tables.get(c.table)),
      units: counts.get(c.id) ?? 0
    })),
    units: order.map((i) => units[i]),
    excluded
  };
}
var tableMax = (ix) => ix.table.indicators.reduce((s, i) => s + i.max, 0);
function classOf(u, rubric2, p) {
  if (u.classOverride !== null) {
    const c = rubric2.classes.find((x) => x.id === u.classOverride);
    if (!c) p.add(`\u5355\u4F4D\u300C${u.name}\u300D\u7684\u8003\u6838\u7C7B\u522B\u300C${u.classOverride}\u300D\u5728\u8BC4\u5206\u7EC6\u5219\u4E2D\u4E0D\u5B58\u5728`);
    return c ?? null;
  }
  return rubric2.classes.find((c) => c.unitIds?.includes(u.id)) ?? rubric2.classes.find((c) => c.kinds?.includes(u.kind)) ?? null;
}
function entriesUpTo(list, asOfDay) {
  const out = /* @__PURE__ */ new Map();
  for (const e of list) {
    if (e.day > asOfDay) break;
    const l = out.get(e.indicator);
    if (l) l.push(e);
    else out.set(e.indicator, [e]);
  }
  return out;
}
function checkScopes(rubric2, facts, p) {
  for (const m of scopeProblems2(rubric2, facts.sectionCodes, facts.taskCodes)) p.add(m);
}
function scopeProblems2(rubric2, sectionCodes, taskCodes) {
  const out = [];
  const walk = (list) => {
    for (const ind of list) {
      if (ind.children) walk(ind.children);
      for (const r of ind.rules ?? []) {
        if (!("scope" in r) || !r.scope) continue;
        for (const s of r.scope.sections ?? [])
          if (!sectionCodes.has(s)) out.push(`\u6307\u6807\u300C${ind.name}\u300D\u7684\u8303\u56F4\uFF1A\u5DE5\u4F5C\u8981\u70B9\u6CA1\u6709\u7B2C${s}\u90E8\u5206`);
        for (const t2 of r.scope.tasks ?? [])
          if (!taskCodes.has(t2)) out.push(`\u6307\u6807\u300C${ind.name}\u300D\u7684\u8303\u56F4\uFF1A\u5DE5\u4F5C\u8981\u70B9\u6CA1\u6709\u4EFB\u52A1 ${t2}`);
      }
    }
  };
  for (const t2 of rubric2.tables) walk(t2.indicators);
  return [...new Set(out)];
}

// src/lib/server/scoring/rubrics/default.json
var default_default = {
  format: "yaodian-rubric",
  version: 1,
  name: "\u9ED8\u8BA4\u8003\u6838\u529E\u6CD5\uFF08\u6309\u4EFB\u52A1\u5B8C\u6210\u8D28\u91CF\u4E0E\u65F6\u6548\uFF09",
  description: "domain.md \u7684\u9ED8\u8BA4\u6A21\u578B\uFF1A\u6BCF\u9879\u4EFB\u52A1\u5F97\u5206 = \u7ED3\u679C \xD7 \u65F6\u6548\uFF0C\u6309\u4EFB\u52A1\u6743\u91CD\u52A0\u6743\u6298\u5408\u767E\u5206\u5236\uFF1B\u53E6\u52A0\u653F\u52A1\u516C\u5F00\u529E\u5F55\u5165\u7684\u52A0\u5206\u3001\u6263\u5206\uFF08\u5404\u4E0D\u8D85\u8FC7 5 \u5206\uFF09\u3002",
  classes: [
    { id: "all", name: "\u5168\u90E8\u5355\u4F4D", table: "main", kinds: ["department", "county", "zone", "office", "other"] }
  ],
  tables: [
    {
      id: "main",
      name: "\u5DE5\u4F5C\u8981\u70B9\u843D\u5B9E\u60C5\u51B5",
      indicators: [
        {
          id: "tasks",
          name: "\u5DE5\u4F5C\u8981\u70B9\u4EFB\u52A1",
          max: 100,
          note: "\u7ED3\u679C\uFF1A\u901A\u8FC7\u5BA1\u6838\u8BC4\u4E3A\u4F18 1.0\u3001\u826F 0.85\u3001\u4E2D 0.7\u3001\u5DEE 0.4\uFF0C\u672A\u901A\u8FC7 0\uFF1B\u5E74\u4E2D\u8BA1\u5206\u65F6\u672A\u5B8C\u6210\u7684\u6309\u8FDB\u5EA6 \xD7 0.5 \u8BA1\u3002\u65F6\u6548\uFF1A\u6309\u671F\u63D0\u4EA4 1.0\uFF0C\u6BCF\u903E\u671F 1 \u5929 \u22122%\uFF0C\u6BCF\u9000\u56DE 1 \u6B21 \u22125%\uFF0C\u6700\u4F4E 0.5\u3002",
          rules: [
            {
              kind: "plan-weighted",
              result: {
                grades: { excellent: 1, good: 0.85, fair: 0.7, poor: 0.4 },
                interimProgress: 0.5
              },
              timeliness: { perDayLate: 0.02, floor: 0.5, perReturn: 0.05, measure: "accepted" }
            }
          ]
        }
      ],
      bonus: {
        cap: 5,
        items: [{ id: "bonus", name: "\u52A0\u5206", points: 5, per: "judged" }]
      },
      deductions: {
        cap: 5,
        items: [{ id: "deduction", name: "\u6263\u5206", points: 5, per: "judged" }]
      }
    }
  ],
  outcome: {
    compareBy: "points",
    bands: [
      { name: "\u4F18\u79C0", from: 90 },
      { name: "\u826F\u597D", from: 80, below: 90 },
      { name: "\u5408\u683C", from: 60, below: 80 },
      { name: "\u4E0D\u5408\u683C", below: 60 }
    ],
    publish: "scores"
  }
};

// src/lib/server/scoring/rubrics/shijiazhuang-2020.json
var shijiazhuang_2020_default = {
  format: "yaodian-rubric",
  version: 1,
  name: "\u77F3\u5BB6\u5E84\u5E022020\u5E74\u5EA6\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u8003\u6838\u8BC4\u5206\u7EC6\u5219",
  description: "\u4F9D\u636E\u300A\u77F3\u5BB6\u5E84\u5E022020\u5E74\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u8981\u70B9\u300B\uFF08\u77F3\u653F\u529E\u51FD\u30142020\u301528\u53F7\uFF09\u3002\u8FC7\u7A0B\u8003\u8BC440\u5206\u3001\u7ED3\u679C\u8003\u8BC460\u5206\uFF0C\u53E6\u8BBE\u52A0\u5206\uFF08\u6700\u591A5\u5206\uFF0C\u57FA\u7840\u520680\u5206\u4EE5\u4E0A\u65B9\u53EF\u52A0\u5206\uFF09\u3001\u91CD\u5927\u6263\u5206\u548C\u4E00\u7968\u5426\u51B3\u3002\u5E02\u653F\u5E9C\u90E8\u95E8\u4E0E\u53BF(\u5E02\u3001\u533A)\u3001\u5F00\u53D1\u533A\u5206\u522B\u6392\u540D\u3002",
  classes: [
    {
      id: "county",
      name: "\u53BF(\u5E02\u3001\u533A)\u53CA\u5F00\u53D1\u533A",
      table: "county",
      kinds: ["county", "zone"]
    },
    {
      id: "dept",
      name: "\u5E02\u653F\u5E9C\u90E8\u95E8",
      table: "dept",
      kinds: ["department", "other"]
    }
  ],
  tables: [
    {
      id: "county",
      name: "\u53BF(\u5E02\u3001\u533A)\u53CA\u5F00\u53D1\u533A\u8BC4\u5206\u8868",
      indicators: [
        {
          id: "process",
          name: "\u8FC7\u7A0B\u8003\u8BC4",
          max: 40,
          note: "\u5E74\u4E2D\u201C\u8FC7\u7A0B\u7763\u201D\uFF1A\u6309\u6708\u62A5\u9001\u3001\u6309\u671F\u5B8C\u6210\u3001\u529E\u7406\u8D28\u91CF\u548C\u65E5\u5E38\u62BD\u68C0\u3002",
          children: [
            {
              id: "process.reports",
              name: "\u6309\u6708\u62A5\u9001\u8FDB\u5C55",
              max: 10,
              note: "\u81EA2020\u5E749\u6708\u8D77\u6BCF\u6708\u81F3\u5C11\u62A5\u9001\u4E00\u6B21\u8FDB\u5C55\uFF1B\u5F53\u6708\u6709\u4EFB\u52A1\u672A\u62A5\u9001\u7684\uFF0C\u6BCF\u6708\u62631\u5206\uFF0C\u6263\u5B8C\u4E3A\u6B62\u3002",
              rules: [
                {
                  kind: "plan-reports",
                  points: 1,
                  per: "month",
                  fromMonth: "2020-09"
                }
              ]
            },
            {
              id: "process.timely",
              name: "\u6309\u671F\u5B8C\u6210",
              max: 15,
              note: "\u65F6\u95F4\u8282\u70B9\u6216\u5B8C\u6210\u65F6\u9650\u903E\u671F\u7684\uFF0C\u6BCF\u9879\u62631\u5206\uFF0C\u53E6\u6BCF\u903E\u671F1\u5929\u62630.1\u5206\uFF0C\u5355\u9879\u6700\u591A\u62633\u5206\uFF0C\u6263\u5B8C\u4E3A\u6B62\uFF1B\u7ECF\u6279\u51C6\u5EF6\u671F\u7684\u6309\u65B0\u671F\u9650\u8BA1\u3002",
              rules: [
                {
                  kind: "plan-overdue",
                  points: 1,
                  perDay: 0.1,
                  maxPerItem: 3,
                  milestones: "each",
                  measure: "first"
                }
              ]
            },
            {
              id: "process.quality",
              name: "\u529E\u7406\u8D28\u91CF",
              max: 5,
              note: "\u63D0\u4EA4\u529E\u7ED3\u88AB\u9000\u56DE\u7684\uFF0C\u6BCF\u6B21\u62631\u5206\uFF0C\u6263\u5B8C\u4E3A\u6B62\u3002",
              rules: [
                {
                  kind: "plan-returned",
                  points: 1
                }
              ]
            },
            {
              id: "process.monitor",
              name: "\u6708\u5EA6\u7F51\u7AD9\u62BD\u68C0",
              max: 10,
              note: "\u5E02\u653F\u52A1\u516C\u5F00\u529E\u6BCF\u6708\u62BD\u68C0\u653F\u5E9C\u7F51\u7AD9\u4FE1\u606F\u516C\u5F00\u4E13\u680F\uFF08\u767E\u5206\u5236\uFF09\uFF0C\u53D6\u5386\u6B21\u5E73\u5747\u5206\u6298\u7B97\u3002",
              rules: [
                {
                  kind: "external",
                  source: "\u7F51\u7AD9\u76D1\u6D4B",
                  scale: 100,
                  combine: "mean",
                  whenMissing: "not-applicable"
                }
              ]
            }
          ]
        },
        {
          id: "result",
          name: "\u7ED3\u679C\u8003\u8BC4",
          max: 60,
          note: "\u5E74\u7EC8\u201C\u7ED3\u679C\u8BC4\u201D\uFF1A\u4EFB\u52A1\u5B8C\u6210\u8D28\u91CF\u3001\u5E74\u5EA6\u5B8C\u6210\u60C5\u51B5\u3001\u7F51\u7AD9\u68C0\u67E5\u548C\u7EC4\u7EC7\u4FDD\u969C\u3002",
          children: [
            {
              id: "result.quality",
              name: "\u8981\u70B9\u4EFB\u52A1\u5B8C\u6210\u8D28\u91CF",
              max: 30,
              note: "\u6309\u90E8\u5206\u8BA1\u5206\uFF1A\u6BCF\u9879\u4EFB\u52A1\u901A\u8FC7\u5BA1\u6838\u8BC4\u4E3A\u4F18\u3001\u826F\u3001\u4E2D\u3001\u5DEE\u5206\u522B\u6309 100%\u300185%\u300170%\u300140% \u8BA1\uFF0C\u672A\u901A\u8FC7\u7684\u4E0D\u5F97\u5206\uFF1B\u5E74\u4E2D\u6309\u8FDB\u5EA6\u7684 50% \u8BA1\u3002\u672C\u5355\u4F4D\u5728\u67D0\u90E8\u5206\u6CA1\u6709\u4EFB\u52A1\u7684\uFF0C\u8BE5\u90E8\u5206\u5206\u503C\u5E73\u5747\u5206\u914D\u5230\u5176\u4ED6\u90E8\u5206\u3002",
              children: [
                {
                  id: "result.quality.1",
                  name: "\u4E00\u3001\u56F4\u7ED5\u63D0\u5347\u653F\u5E9C\u6CBB\u7406\u80FD\u529B\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E00"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.2",
                  name: "\u4E8C\u3001\u56F4\u7ED5\u4F18\u5316\u8425\u5546\u73AF\u5883\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E8C"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.3",
                  name: "\u4E09\u3001\u56F4\u7ED5\u5E94\u5BF9\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E09"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.4",
                  name: "\u56DB\u3001\u56F4\u7ED5\u5B8C\u6210\u91CD\u70B9\u5DE5\u4F5C\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u56DB"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.5",
                  name: "\u4E94\u3001\u56F4\u7ED5\u65B0\u4FEE\u8BA2\u7684\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u6761\u4F8B\u52A0\u5F3A\u5236\u5EA6\u6267\u884C",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E94"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                }
              ]
            },
            {
              id: "result.unfinished",
              name: "\u5E74\u5EA6\u4EFB\u52A1\u5B8C\u6210",
              max: 10,
              availableFrom: "year-end",
              overflow: true,
              note: "\u5E74\u5EA6\u8981\u70B9\u4EFB\u52A1\u6BCF\u6709\u4E00\u9879\u5E74\u5E95\u524D\u672A\u5B8C\u6210\u62635\u5206\uFF1B\u6263\u5206\u8D85\u8FC7\u672C\u9879\u5206\u503C\u7684\uFF0C\u5728\u7ED3\u679C\u8003\u8BC4\u4E2D\u7EE7\u7EED\u6263\u9664\u3002\u5E74\u5EA6\u8003\u6838\u65F6\u8BA1\u5206\u3002",
              rules: [
                {
                  kind: "plan-unfinished",
                  points: 5,
                  at: "year-end"
                }
              ]
            },
            {
              id: "result.website",
              name: "\u7F51\u7AD9\u68C0\u67E5",
              max: 15,
              note: "\u5E74\u5EA6\u7F51\u7AD9\u68C0\u67E5\uFF08\u767E\u5206\u5236\uFF09\uFF1A\u7F51\u4E0A\u68C0\u67E5\u536080%\uFF0C\u73B0\u573A\u68C0\u67E5\u536020%\u3002",
              rules: [
                {
                  kind: "external",
                  source: "\u7F51\u7AD9\u68C0\u67E5",
                  scale: 100,
                  channels: [
                    {
                      id: "online",
                      name: "\u7F51\u4E0A\u68C0\u67E5",
                      weight: 0.8
                    },
                    {
                      id: "onsite",
                      name: "\u73B0\u573A\u68C0\u67E5",
                      weight: 0.2
                    }
                  ],
                  combine: "latest",
                  whenMissing: "not-applicable"
                }
              ]
            },
            {
              id: "result.support",
              name: "\u7EC4\u7EC7\u4FDD\u969C",
              max: 5,
              note: "\u7EC4\u7EC7\u9886\u5BFC\u3001\u4E1A\u52A1\u57F9\u8BAD\u3001\u8003\u6838\u8BC4\u4F30\uFF08\u5DE5\u4F5C\u8981\u70B9\u7B2C\u516D\u90E8\u5206\uFF09\u843D\u5B9E\u60C5\u51B5\uFF1A\u597D5\u5206\u3001\u8F83\u597D4\u5206\u3001\u4E00\u822C3\u5206\u3001\u5DEE0\u5206\u3002",
              rules: [
                {
                  kind: "level",
                  whenMissing: "not-applicable",
                  levels: [
                    {
                      name: "\u597D",
                      points: 5
                    },
                    {
                      name: "\u8F83\u597D",
                      points: 4
                    },
                    {
                      name: "\u4E00\u822C",
                      points: 3
                    },
                    {
                      name: "\u5DEE",
                      points: 0
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      bonus: {
        cap: 5,
        minBase: {
          points: 80
        },
        items: [
          {
            id: "bonus.adopted",
            name: "\u7ECF\u9A8C\u505A\u6CD5\u88AB\u4E0A\u7EA7\u91C7\u7528",
            points: 2,
            per: "event"
          },
          {
            id: "bonus.commended",
            name: "\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u53D7\u5230\u7701\u7EA7\u4EE5\u4E0A\u8868\u5F70",
            points: 3,
            per: "event"
          },
          {
            id: "bonus.praised",
            name: "\u83B7\u4E0A\u7EA7\u9886\u5BFC\u6279\u793A\u80AF\u5B9A",
            points: 1,
            per: "event"
          }
        ]
      },
      majorDeductions: [
        {
          id: "major.opinion",
          name: "\u56E0\u516C\u5F00\u4E0D\u5230\u4F4D\u5F15\u53D1\u91CD\u5927\u8D1F\u9762\u8206\u60C5",
          points: 5,
          per: "event"
        },
        {
          id: "major.criticised",
          name: "\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u88AB\u4E0A\u7EA7\u901A\u62A5\u6279\u8BC4",
          points: 3,
          per: "event"
        }
      ],
      vetoes: [
        {
          id: "veto.leak",
          name: "\u53D1\u751F\u5931\u6CC4\u5BC6\u4E8B\u4EF6",
          effect: "fail"
        },
        {
          id: "veto.fraud",
          name: "\u5F04\u865A\u4F5C\u5047\u3001\u4F2A\u9020\u4F50\u8BC1\u6750\u6599",
          effect: "score",
          score: 59
        }
      ]
    },
    {
      id: "dept",
      name: "\u5E02\u653F\u5E9C\u90E8\u95E8\u8BC4\u5206\u8868",
      indicators: [
        {
          id: "process",
          name: "\u8FC7\u7A0B\u8003\u8BC4",
          max: 40,
          note: "\u5E74\u4E2D\u201C\u8FC7\u7A0B\u7763\u201D\uFF1A\u6309\u6708\u62A5\u9001\u3001\u6309\u671F\u5B8C\u6210\u3001\u529E\u7406\u8D28\u91CF\u548C\u65E5\u5E38\u62BD\u68C0\u3002",
          children: [
            {
              id: "process.reports",
              name: "\u6309\u6708\u62A5\u9001\u8FDB\u5C55",
              max: 10,
              note: "\u81EA2020\u5E749\u6708\u8D77\u6BCF\u6708\u81F3\u5C11\u62A5\u9001\u4E00\u6B21\u8FDB\u5C55\uFF1B\u5F53\u6708\u6709\u4EFB\u52A1\u672A\u62A5\u9001\u7684\uFF0C\u6BCF\u6708\u62631\u5206\uFF0C\u6263\u5B8C\u4E3A\u6B62\u3002",
              rules: [
                {
                  kind: "plan-reports",
                  points: 1,
                  per: "month",
                  fromMonth: "2020-09"
                }
              ]
            },
            {
              id: "process.timely",
              name: "\u6309\u671F\u5B8C\u6210",
              max: 15,
              note: "\u65F6\u95F4\u8282\u70B9\u6216\u5B8C\u6210\u65F6\u9650\u903E\u671F\u7684\uFF0C\u6BCF\u9879\u62631\u5206\uFF0C\u53E6\u6BCF\u903E\u671F1\u5929\u62630.1\u5206\uFF0C\u5355\u9879\u6700\u591A\u62633\u5206\uFF0C\u6263\u5B8C\u4E3A\u6B62\uFF1B\u7ECF\u6279\u51C6\u5EF6\u671F\u7684\u6309\u65B0\u671F\u9650\u8BA1\u3002",
              rules: [
                {
                  kind: "plan-overdue",
                  points: 1,
                  perDay: 0.1,
                  maxPerItem: 3,
                  milestones: "each",
                  measure: "first"
                }
              ]
            },
            {
              id: "process.quality",
              name: "\u529E\u7406\u8D28\u91CF",
              max: 5,
              note: "\u63D0\u4EA4\u529E\u7ED3\u88AB\u9000\u56DE\u7684\uFF0C\u6BCF\u6B21\u62631\u5206\uFF0C\u6263\u5B8C\u4E3A\u6B62\u3002",
              rules: [
                {
                  kind: "plan-returned",
                  points: 1
                }
              ]
            },
            {
              id: "process.interpretation",
              name: "\u653F\u7B56\u89E3\u8BFB",
              max: 10,
              note: "\u6309\u201C\u8C01\u8D77\u8349\u3001\u8C01\u89E3\u8BFB\u201D\u53D1\u5E03\u653F\u7B56\u89E3\u8BFB\uFF0C\u6BCF\u53D1\u5E03\u4E00\u9879\u5F972\u5206\uFF0C\u6700\u9AD810\u5206\u3002",
              rules: [
                {
                  kind: "count",
                  points: 2
                }
              ]
            }
          ]
        },
        {
          id: "result",
          name: "\u7ED3\u679C\u8003\u8BC4",
          max: 60,
          note: "\u5E74\u7EC8\u201C\u7ED3\u679C\u8BC4\u201D\uFF1A\u4EFB\u52A1\u5B8C\u6210\u8D28\u91CF\u3001\u5E74\u5EA6\u5B8C\u6210\u60C5\u51B5\u3001\u7F51\u7AD9\u68C0\u67E5\u548C\u7EC4\u7EC7\u4FDD\u969C\u3002",
          children: [
            {
              id: "result.quality",
              name: "\u8981\u70B9\u4EFB\u52A1\u5B8C\u6210\u8D28\u91CF",
              max: 30,
              note: "\u6309\u90E8\u5206\u8BA1\u5206\uFF1A\u6BCF\u9879\u4EFB\u52A1\u901A\u8FC7\u5BA1\u6838\u8BC4\u4E3A\u4F18\u3001\u826F\u3001\u4E2D\u3001\u5DEE\u5206\u522B\u6309 100%\u300185%\u300170%\u300140% \u8BA1\uFF0C\u672A\u901A\u8FC7\u7684\u4E0D\u5F97\u5206\uFF1B\u5E74\u4E2D\u6309\u8FDB\u5EA6\u7684 50% \u8BA1\u3002\u672C\u5355\u4F4D\u5728\u67D0\u90E8\u5206\u6CA1\u6709\u4EFB\u52A1\u7684\uFF0C\u8BE5\u90E8\u5206\u5206\u503C\u5E73\u5747\u5206\u914D\u5230\u5176\u4ED6\u90E8\u5206\u3002",
              children: [
                {
                  id: "result.quality.1",
                  name: "\u4E00\u3001\u56F4\u7ED5\u63D0\u5347\u653F\u5E9C\u6CBB\u7406\u80FD\u529B\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E00"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.2",
                  name: "\u4E8C\u3001\u56F4\u7ED5\u4F18\u5316\u8425\u5546\u73AF\u5883\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E8C"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.3",
                  name: "\u4E09\u3001\u56F4\u7ED5\u5E94\u5BF9\u7A81\u53D1\u516C\u5171\u536B\u751F\u4E8B\u4EF6\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E09"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.4",
                  name: "\u56DB\u3001\u56F4\u7ED5\u5B8C\u6210\u91CD\u70B9\u5DE5\u4F5C\u52A0\u5F3A\u516C\u5F00",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u56DB"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                },
                {
                  id: "result.quality.5",
                  name: "\u4E94\u3001\u56F4\u7ED5\u65B0\u4FEE\u8BA2\u7684\u653F\u5E9C\u4FE1\u606F\u516C\u5F00\u6761\u4F8B\u52A0\u5F3A\u5236\u5EA6\u6267\u884C",
                  max: 6,
                  rules: [
                    {
                      kind: "plan-weighted",
                      scope: {
                        sections: ["\u4E94"]
                      },
                      result: {
                        grades: {
                          excellent: 1,
                          good: 0.85,
                          fair: 0.7,
                          poor: 0.4
                        },
                        interimProgress: 0.5
                      }
                    }
                  ]
                }
              ]
            },
            {
              id: "result.unfinished",
              name: "\u5E74\u5EA6\u4EFB\u52A1\u5B8C\u6210",
              max: 10,
              availableFrom: "year-end",
              overflow: true,
              note: "\u5E74\u5EA6\u8981\u70B9\u4EFB\u52A1\u6BCF\u6709\u4E00\u9879\u5E74\u5E95\u524D\u672A\u5B8C\u6210\u62635\u5206\uFF1B\u6263\u5206\u8D85\u8FC7\u672C\u9879\u5206\u503C\u7684\uFF0C\u5728\u7ED3\u679C\u8003\u8BC4\u4E2D\u7EE7\u7EED\u6263\u9664\u3002\u5E74\u5EA6\u8003\u6838\u65F6\u8BA1\u5206\u3002",
              rules: [
                {
                  kind: "plan-unfinished",
                  points: 5,
                  at: "year-end"
                }
              ]
            },
            {
              id: "result.website",
              name: "\u7F51\u7AD9\u68C0\u67E5",
              max: 15,
              note: "\u5E74\u5EA6\u7B2C\u4E09\u65B9\u7F51\u7AD9\u68C0\u67E5\uFF08\u767E\u5206\u5236\uFF09\u6298\u7B97\u3002",
              rules: [
                {
                  kind: "external",
                  source: "\u7B2C\u4E09\u65B9\u8BC4\u4F30",
                  scale: 100,
                  whenMissing: "not-applicable"
                }
              ]
            },
            {
              id: "result.support",
              name: "\u7EC4\u7EC7\u4FDD\u969C",
              max: 5,
              note: "\u7EC4\u7EC7\u9886\u5BFC\u3001\u4E1A\u52A1\u57F9\u8BAD\u3001\u8003\u6838\u8BC4\u4F30\uFF08\u5DE5\u4F5C\u8981\u70B9\u7B2C\u516D\u90E8\u5206\uFF09\u843D\u5B9E\u60C5\u51B5\uFF1A\u597D5\u5206\u3001\u8F83\u597D4\u5206\u3001\u4E00\u822C3\u5206\u3001\u5DEE0\u5206\u3002",
              rules: [
                {
                  kind: "level",
                  whenMissing: "not-applicable",
                  levels: [
                    {
                      name: "\u597D",
                      points: 5
                    },
                    {
                      name: "\u8F83\u597D",
                      points: 4
                    },
                    {
                      name: "\u4E00\u822C",
                      points: 3
                    },
                    {
                      name: "\u5DEE",
                      points: 0
                    }
                  ]
                }
              ]
            }
          ]
        }
      ],
      bonus: {
        cap: 5,
        minBase: {
          points: 80
        },
        items: [
          {
            id: "bonus.adopted",
            name: "\u7ECF\u9A8C\u505A\u6CD5\u88AB\u4E0A\u7EA7\u91C7\u7528",
            points: 2,
            per: "event"
          },
          {
            id: "bonus.commended",
            name: "\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u53D7\u5230\u7701\u7EA7\u4EE5\u4E0A\u8868\u5F70",
            points: 3,
            per: "event"
          },
          {
            id: "bonus.praised",
            name: "\u83B7\u4E0A\u7EA7\u9886\u5BFC\u6279\u793A\u80AF\u5B9A",
            points: 1,
            per: "event"
          }
        ]
      },
      majorDeductions: [
        {
          id: "major.opinion",
          name: "\u56E0\u516C\u5F00\u4E0D\u5230\u4F4D\u5F15\u53D1\u91CD\u5927\u8D1F\u9762\u8206\u60C5",
          points: 5,
          per: "event"
        },
        {
          id: "major.criticised",
          name: "\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u88AB\u4E0A\u7EA7\u901A\u62A5\u6279\u8BC4",
          points: 3,
          per: "event"
        }
      ],
      vetoes: [
        {
          id: "veto.leak",
          name: "\u53D1\u751F\u5931\u6CC4\u5BC6\u4E8B\u4EF6",
          effect: "fail"
        },
        {
          id: "veto.fraud",
          name: "\u5F04\u865A\u4F5C\u5047\u3001\u4F2A\u9020\u4F50\u8BC1\u6750\u6599",
          effect: "score",
          score: 59
        }
      ]
    }
  ],
  outcome: {
    compareBy: "percent",
    bands: [
      {
        name: "\u4F18\u79C0",
        from: 90,
        quota: 0.3
      },
      {
        name: "\u826F\u597D",
        from: 80,
        below: 90
      },
      {
        name: "\u5408\u683C",
        from: 60,
        below: 80
      },
      {
        name: "\u4E0D\u5408\u683C",
        below: 60
      }
    ],
    quotaScope: "class",
    vetoBand: "\u4E0D\u5408\u683C",
    publish: "scores"
  }
};

// src/lib/server/scoring/rubrics/index.ts
var SHIPPED_RUBRICS = {
  default: parseRubric(default_default),
  "shijiazhuang-2020": parseRubric(shijiazhuang_2020_default)
};

// src/lib/server/shared/random.ts
function seededRandom(seed) {
  let a = seed >>> 0;
  return () => {
    a = a + 1831565813 >>> 0;
    let t2 = a;
    t2 = Math.imul(t2 ^ t2 >>> 15, t2 | 1);
    t2 ^= t2 + Math.imul(t2 ^ t2 >>> 7, t2 | 61);
    return ((t2 ^ t2 >>> 14) >>> 0) / 4294967296;
  };
}

// src/lib/server/scoring/generate.ts
var PROVINCE_FACTS = {
  units: 300,
  tasks: 1e3,
  unitsPerTask: 30,
  reportsPerAssignment: 12,
  entriesPerUnit: 6
};
var SECTIONS = ["\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94", "\u516D"];
var NUMERALS = ["\u4E00", "\u4E8C", "\u4E09", "\u56DB", "\u4E94", "\u516D", "\u4E03", "\u516B", "\u4E5D", "\u5341"];
var KINDS = ["department", "county", "zone"];
var GRADES2 = ["excellent", "good", "good", "fair", "poor"];
var YEAR = 2020;
var stamp = (day, minutes) => {
  const h = String(8 + Math.floor(minutes / 60) % 10).padStart(2, "0");
  const m = String(minutes % 60).padStart(2, "0");
  return `${dateOf(day)}T${h}:${m}:00+08:00`;
};
var DEFAULT_ENTRIES = [
  { kind: "bonus", indicator: "bonus", value: 2, reason: "\u7ECF\u9A8C\u505A\u6CD5\u88AB\u4E0A\u7EA7\u91C7\u7528" },
  { kind: "deduction", indicator: "deduction", value: 1, reason: "\u7763\u67E5\u53D1\u73B0\u4FE1\u606F\u66F4\u65B0\u4E0D\u53CA\u65F6" },
  { kind: "bonus", indicator: "bonus", value: 1, reason: "\u53D7\u5230\u8868\u5F70" }
];
var SHIJIAZHUANG_ENTRIES = [
  { kind: "level", indicator: "result.support", value: "\u8F83\u597D", reason: "\u7EC4\u7EC7\u9886\u5BFC\u4E0E\u57F9\u8BAD\u843D\u5B9E\u8F83\u597D" },
  { kind: "bonus", indicator: "bonus.adopted", reason: "\u7ECF\u9A8C\u505A\u6CD5\u88AB\u7701\u653F\u52A1\u516C\u5F00\u529E\u91C7\u7528" },
  { kind: "major-deduction", indicator: "major.criticised", reason: "\u88AB\u7701\u653F\u52A1\u516C\u5F00\u529E\u901A\u62A5\u6279\u8BC4" },
  { kind: "level", indicator: "result.support", value: "\u597D", reason: "\u590D\u6838\u540E\u6539\u8BC4" }
];
function generateFacts(size, seed = 42, templates = DEFAULT_ENTRIES) {
  const rand = seededRandom(seed);
  const int = (n) => Math.floor(rand() * n);
  const units = Array.from({ length: size.units }, (_, i) => ({
    id: i + 1,
    name: `\u6D4B\u8BD5\u5355\u4F4D${String(i + 1).padStart(4, "0")}`,
    kind: KINDS[i < size.units * 0.35 ? 0 : i < size.units * 0.93 ? 1 : 2]
  }));
  const sections = SECTIONS.map((code, i) => ({ id: i + 1, code, title: `\u7B2C${code}\u90E8\u5206` }));
  const start = dayOf(`${YEAR}-02-01`);
  const yearEnd = dayOf(`${YEAR}-12-31`);
  const tasks = Array.from({ length: size.tasks }, (_, i) => {
    const s = i % SECTIONS.length;
    const n = Math.floor(i / SECTIONS.length);
    const due = start + 60 + int(yearEnd - start - 60);
    const milestones = rand() < 0.3 ? [
      { id: i * 2 + 1, dueOn: dateOf(due - 60) },
      { id: i * 2 + 2, dueOn: dateOf(due) }
    ] : [{ id: i * 2 + 1, dueOn: dateOf(due) }];
    return {
      id: i + 1,
      sectionId: s + 1,
      code: `${SECTIONS[s]}(${NUMERALS[n % 10]}${n >= 10 ? n : ""})`,
      title: `\u4EFB\u52A1${i + 1}`,
      weight: 1 + int(3),
      milestones
    };
  });
  const assignments = [];
  let next = 1;
  for (const task2 of tasks) {
    const first = int(size.units);
    for (let k = 0; k < size.unitsPerTask; k++) {
      const id = assignments.length + 1;
      const due = dayOf(task2.milestones.at(-1).dueOn);
      const a = {
        id,
        taskId: task2.id,
        unitId: (first + k * 7) % size.units + 1,
        role: k < 2 ? "lead" : "responsible",
        reports: [],
        submissions: [],
        reviews: []
      };
      let dueNow = due;
      if (rand() < 0.1) {
        dueNow = due + 15 + int(30);
        a.deadlines = task2.milestones.map((m, j, all) => ({
          milestoneId: m.id,
          dueOn: m.dueOn,
          changes: j === all.length - 1 ? [
            {
              id: next++,
              at: stamp(due - 5, int(600)),
              kind: "extension",
              from: m.dueOn,
              to: dateOf(dueNow),
              reason: "\u7533\u8BF7\u5EF6\u671F"
            }
          ] : []
        }));
      }
      for (let r = 0; r < size.reportsPerAssignment; r++) {
        const day = start + Math.floor((r + rand()) * (yearEnd - start) / size.reportsPerAssignment);
        a.reports.push({
          id: next++,
          coversOn: dateOf(day),
          sentAt: stamp(day, int(600)),
          percent: Math.min(100, Math.round((r + 1) * 100 / size.reportsPerAssignment))
        });
      }
      const fate = rand();
      if (fate < 0.8) {
        let day = dueNow - 20 + int(40);
        const rounds = rand() < 0.2 ? 2 : 1;
        for (let s = 0; s < rounds; s++) {
          const sub = { id: next++, at: stamp(day, int(600)), percent: 100 };
          a.submissions.push(sub);
          const accept = s === rounds - 1 && fate < 0.7;
          const reviewDay = day + 1 + int(5);
          if (s < rounds - 1 || fate < 0.75)
            a.reviews.push({
              id: next++,
              at: stamp(reviewDay, 600 + int(60)),
              submissionId: sub.id,
              decision: accept ? "accept" : "return",
              ...accept ? { grade: GRADES2[int(GRADES2.length)] } : { reason: "\u6750\u6599\u4E0D\u5168" }
            });
          day = reviewDay + 3 + int(10);
        }
      }
      assignments.push(a);
    }
  }
  const entries = [];
  for (const u of units)
    for (let k = 0; k < size.entriesPerUnit; k++) {
      const template = templates[(u.id + k) % templates.length];
      entries.push({ id: next++, unitId: u.id, ...template, on: dateOf(start + int(yearEnd - start)) });
    }
  return {
    plan: { id: 1, title: `\u6D4B\u8BD5\u7701${YEAR}\u5E74\u653F\u52A1\u516C\u5F00\u5DE5\u4F5C\u8981\u70B9`, year: YEAR, startsOn: dateOf(start) },
    units,
    sections,
    tasks,
    assignments,
    entries
  };
}

// tests/helpers/facts-db.ts
var ms = (t2) => typeof t2 === "number" ? t2 : Date.parse(t2);
function writeFacts(db2, facts, createdAt2 = Date.parse("2020-01-02T09:00:00+08:00")) {
  const c = db2.$client;
  let planId2 = 0;
  let officeId = 0;
  c.transaction(() => {
    officeId = Number(
      c.prepare(
        "insert into user (username, display_name, password_hash, role) values ('office', '\u653F\u52A1\u516C\u5F00\u529E', 'x', 'admin')"
      ).run().lastInsertRowid
    );
    const insUnit = c.prepare("insert into unit (id, name, short_name, kind, sort_order) values (?, ?, ?, ?, ?)");
    facts.units.forEach((u, i) => insUnit.run(u.id, `${u.name}\uFF08\u5168\u79F0\uFF09`, u.name, u.kind, i + 1));
    planId2 = Number(
      c.prepare("insert into plan (id, title, year, issued_on, created_at) values (?, ?, ?, ?, ?)").run(
        facts.plan.id ?? 1,
        facts.plan.title ?? "\u6D4B\u8BD5\u5DE5\u4F5C\u8981\u70B9",
        facts.plan.year,
        facts.plan.startsOn ?? "",
        createdAt2
      ).lastInsertRowid
    );
    const insSection = c.prepare("insert into section (id, plan_id, code, title, sort_order) values (?, ?, ?, ?, ?)");
    facts.sections.forEach((s, i) => insSection.run(s.id, planId2, s.code, s.title, i));
    const codeOf = new Map(facts.sections.map((s) => [s.id, s.code]));
    const insTask = c.prepare(
      "insert into task (id, plan_id, section_id, code, title, weight, sort_order) values (?, ?, ?, ?, ?, ?, ?)"
    );
    const insMilestone = c.prepare(
      "insert into milestone (id, task_id, due_on, what, sort_order) values (?, ?, ?, ?, ?)"
    );
    const milestoneDue = /* @__PURE__ */ new Map();
    facts.tasks.forEach((t2, i) => {
      const section2 = codeOf.get(t2.sectionId) ?? "";
      insTask.run(t2.id, planId2, t2.sectionId, t2.code.slice(section2.length), t2.title, t2.weight ?? 1, i);
      (t2.milestones ?? []).forEach((m, j) => {
        insMilestone.run(m.id, t2.id, m.dueOn, m.what ?? "", j);
        milestoneDue.set(m.id, m.dueOn);
      });
    });
    const insAssignment = c.prepare(
      "insert into assignment (id, task_id, plan_id, unit_id, role, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?)"
    );
    const insReport = c.prepare(
      "insert into progress_report (id, assignment_id, reported_on, content, percent, sent_at, created_by, created_at) values (?, ?, ?, '\u5DF2\u62A5\u9001', ?, ?, ?, ?)"
    );
    const insSubmission = c.prepare(
      "insert into submission (id, assignment_id, summary, percent, submitted_at, due_on, created_by, created_at) values (?, ?, '\u5DF2\u5B8C\u6210', ?, ?, ?, ?, ?)"
    );
    const insReview = c.prepare(
      "insert into review (id, assignment_id, submission_id, decision, grade, comment, reviewer_id, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)"
    );
    const insChange = c.prepare(
      "insert into deadline_change (id, task_id, assignment_id, milestone_id, from_due, to_due, kind, reason, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    );
    const insOwn = c.prepare(
      "insert into assignment_deadline (assignment_id, milestone_id, due_on, updated_at) values (?, ?, ?, ?)"
    );
    for (const a of facts.assignments) {
      insAssignment.run(a.id, a.taskId, planId2, a.unitId, a.role, createdAt2, createdAt2);
      for (const r of a.reports ?? [])
        insReport.run(r.id, a.id, r.coversOn, r.percent, ms(r.sentAt), officeId, ms(r.sentAt));
      for (const s of a.submissions ?? [])
        insSubmission.run(s.id, a.id, s.percent, ms(s.at), s.dueOn ?? null, officeId, ms(s.at));
      for (const r of a.reviews ?? [])
        insReview.run(r.id, a.id, r.submissionId, r.decision, r.grade ?? null, r.reason ?? "", officeId, ms(r.at));
      for (const d of a.deadlines ?? []) {
        const changes = d.changes ?? [];
        for (const ch of changes)
          insChange.run(ch.id, a.taskId, a.id, d.milestoneId, ch.from, ch.to, ch.kind, ch.reason ?? "", ms(ch.at));
        const last = changes.at(-1);
        const taskDue = d.milestoneId === null ? `${facts.plan.year}-12-31` : milestoneDue.get(d.milestoneId);
        if (last?.to && last.to !== taskDue) insOwn.run(a.id, d.milestoneId, last.to, ms(last.at));
      }
    }
    const insEntry = c.prepare(
      "insert into score_entry (id, plan_id, unit_id, kind, indicator, amount, level, channel, reason, happened_on, created_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
    );
    for (const e of facts.entries ?? [])
      insEntry.run(
        e.id,
        planId2,
        e.unitId,
        e.kind,
        e.indicator,
        typeof e.value === "number" ? e.value : null,
        typeof e.value === "string" ? e.value : null,
        e.channel ?? null,
        e.reason,
        e.on,
        officeId
      );
  })();
  return { planId: planId2, officeId };
}

// scripts/bench/zz-dbform.ts
var db = openDatabase(join(mkdtempSync(join(tmpdir(), "x-")), "app.db"));
var { planId } = writeFacts(db, generateFacts(PROVINCE_FACTS, 42, SHIJIAZHUANG_ENTRIES));
var t = performance.now();
var f = loadFacts(db, planId);
console.log("load", (performance.now() - t).toFixed(0));
var rub = SHIPPED_RUBRICS["shijiazhuang-2020"];
for (let i = 0; i < 3; i++) computeScores(rub, f, "2021-01-15");
var ts = [];
for (let i = 0; i < 15; i++) {
  t = performance.now();
  computeScores(rub, f, i % 2 ? "2020-09-30" : "2021-01-15");
  ts.push(performance.now() - t);
}
console.log("score db-form", ts.sort((a, b) => a - b)[7].toFixed(0));
for (let i = 0; i < 20; i++) computeScores(rub, f, i % 2 ? "2020-09-30" : "2021-01-15");
