package jp.tokyo23city.portal.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatabaseKindTest {

    @Test
    void defaultsToEmbeddedDerby() {
        assertThat(DatabaseKind.parse(null)).isEqualTo(DatabaseKind.DERBY);
        assertThat(DatabaseKind.parse(" ")).isEqualTo(DatabaseKind.DERBY);
    }

    @Test
    void acceptsPostgresqlInAnyCase() {
        assertThat(DatabaseKind.parse("PostgreSQL")).isEqualTo(DatabaseKind.POSTGRESQL);
        assertThat(DatabaseKind.POSTGRESQL.dataSourceClass()).isEqualTo("org.postgresql.ds.PGSimpleDataSource");
    }

    @Test
    void refusesAnUnknownDatabaseWithTheAcceptedValues() {
        assertThatThrownBy(() -> DatabaseKind.parse("mysql"))
                .hasMessageContaining("'derby' or 'postgresql'");
    }
}
