package jp.tokyo23city.portal.platform;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The portal's one data source. Payara resolves the {@code ${MPCONFIG=...}} values at deployment from
 * {@link PortalConfigSource}, which derives them from {@code PORTAL_DB_KIND} and friends, so the same WAR runs on
 * embedded Derby (the default) or on PostgreSQL without a rebuild. Properties a driver does not know are ignored.
 */
@DataSourceDefinition(
        name = PortalDataSource.JNDI_NAME,
        className = "${MPCONFIG=portal.db.class}",
        databaseName = "${MPCONFIG=portal.db.database}",
        serverName = "${MPCONFIG=portal.db.server}",
        user = "${MPCONFIG=portal.db.user}",
        password = "${MPCONFIG=portal.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "createDatabase=${MPCONFIG=portal.db.create}",
                // Derby's EmbeddedDataSource ignores the port; PostgreSQL's is always 5432 here (see README).
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=auto-commit"
        })
@ApplicationScoped
public class PortalDataSource {

    public static final String JNDI_NAME = "java:app/jdbc/portal";
}
