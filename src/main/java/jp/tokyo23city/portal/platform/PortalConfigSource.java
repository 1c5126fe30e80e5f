package jp.tokyo23city.portal.platform;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;

import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Derives the data source settings ({@code portal.db.*}) from the operator's variables ({@code PORTAL_DB_KIND},
 * {@code PORTAL_DATA_DIR}, {@code PORTAL_DB_HOST}, ...), read from the environment or system properties. It has a low
 * ordinal, so a {@code portal.db.*} value set explicitly by an operator still wins.
 */
public class PortalConfigSource implements ConfigSource {

    private static final int ORDINAL = 50;

    @Override
    public Set<String> getPropertyNames() {
        return Set.of("portal.db.class", "portal.db.database", "portal.db.server", "portal.db.user",
                "portal.db.password", "portal.db.create");
    }

    @Override
    public Map<String, String> getProperties() {
        var values = new java.util.HashMap<String, String>();
        for (String name : getPropertyNames()) {
            values.put(name, getValue(name));
        }
        return values;
    }

    @Override
    public String getValue(String propertyName) {
        DatabaseKind kind = DatabaseKind.parse(setting("PORTAL_DB_KIND", "derby"));
        boolean derby = kind == DatabaseKind.DERBY;
        return switch (propertyName) {
            case "portal.db.class" -> kind.dataSourceClass();
            case "portal.db.database" -> derby
                    ? dataDirectory().resolve("db").toString()
                    : setting("PORTAL_DB_NAME", "portal");
            case "portal.db.server" -> derby ? "" : setting("PORTAL_DB_HOST", "localhost");
            case "portal.db.user" -> derby ? "portal" : setting("PORTAL_DB_USER", "portal");
            case "portal.db.password" -> derby ? "portal" : setting("PORTAL_DB_PASSWORD", "");
            case "portal.db.create" -> derby ? "create" : "";
            default -> null;
        };
    }

    @Override
    public String getName() {
        return "PortalConfigSource";
    }

    @Override
    public int getOrdinal() {
        return ORDINAL;
    }

    /** {@code PORTAL_DATA_DIR}, or {@code portal-data} under the working directory. */
    public static Path dataDirectory() {
        return Path.of(setting("PORTAL_DATA_DIR", "portal-data")).toAbsolutePath().normalize();
    }

    static String setting(String name, String fallback) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? fallback : value;
    }
}
