package jp.tokyo23city.portal.platform;

import java.util.Locale;

/** The databases the portal runs on: embedded Derby for zero set-up, PostgreSQL in production. */
public enum DatabaseKind {
    DERBY("org.apache.derby.jdbc.EmbeddedDataSource"),
    POSTGRESQL("org.postgresql.ds.PGSimpleDataSource");

    private final String dataSourceClass;

    DatabaseKind(String dataSourceClass) {
        this.dataSourceClass = dataSourceClass;
    }

    public String dataSourceClass() {
        return dataSourceClass;
    }

    /** Folder under {@code db/migration} whose SQL is specific to this database. */
    public String migrationFolder() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatabaseKind parse(String value) {
        if (value == null || value.isBlank()) {
            return DERBY;
        }
        try {
            return valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("PORTAL_DB_KIND must be 'derby' or 'postgresql', not '" + value + "'", e);
        }
    }
}
