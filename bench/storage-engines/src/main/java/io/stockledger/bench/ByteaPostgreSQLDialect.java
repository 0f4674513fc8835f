package io.stockledger.bench;

import org.hibernate.boot.model.TypeContributions;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.service.ServiceRegistry;
import org.hibernate.type.SqlTypes;
import org.hibernate.type.descriptor.jdbc.BinaryJdbcType;

/**
 * PostgreSQL dialect that stores {@code @Lob byte[]} as {@code bytea} instead of large objects ({@code oid}).
 *
 * <p>Axon's JPA entities annotate {@code payload} and {@code meta_data} with {@code @Lob}. Hibernate 6's
 * PostgreSQL dialect maps that to an {@code oid} column whose bytes live in {@code pg_largeobject}: every read
 * and write is an extra large-object round trip, and deleting a row leaks the object unless {@code vacuumlo}
 * runs. This dialect makes the BLOB type code both a {@code bytea} column (DDL) and a plain binary binding
 * ({@code setBytes}/{@code getBytes}), the same storage as the JDBC engine's Flyway V1 table.
 */
public class ByteaPostgreSQLDialect extends PostgreSQLDialect {

    /** Declares BLOB columns as {@code bytea} in generated DDL. */
    @Override
    protected String columnType(int sqlTypeCode) {
        return sqlTypeCode == SqlTypes.BLOB ? "bytea" : super.columnType(sqlTypeCode);
    }

    /** Binds and reads BLOB-typed attributes as plain bytes, which is what a {@code bytea} column takes. */
    @Override
    public void contributeTypes(TypeContributions typeContributions, ServiceRegistry serviceRegistry) {
        super.contributeTypes(typeContributions, serviceRegistry);
        typeContributions.getTypeConfiguration().getJdbcTypeRegistry()
                .addDescriptor(SqlTypes.BLOB, BinaryJdbcType.INSTANCE);
    }
}
