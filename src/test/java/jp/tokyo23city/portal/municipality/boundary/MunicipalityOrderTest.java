package jp.tokyo23city.portal.municipality.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MunicipalityOrderTest {

    @Test
    void breaksTiesByCodeSoThatPagesNeverOverlap() {
        assertThat(MunicipalityOrder.CODE.orderBy(false)).isEqualTo("m.lgCode ASC");
        assertThat(MunicipalityOrder.NAME.orderBy(true)).isEqualTo("m.name DESC, m.lgCode DESC");
        assertThat(MunicipalityOrder.READING.orderBy(false)).isEqualTo("m.kana ASC, m.lgCode ASC");
    }

    @Test
    void sortsByReadingWithinAPrefecture() {
        assertThat(MunicipalityOrder.PREFECTURE.orderBy(false))
                .isEqualTo("m.prefecture.code ASC, m.kana ASC, m.lgCode ASC");
    }
}
