package jp.tokyo23city.portal.municipality.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class MunicipalityTest {

    private static final Region KANTO = new Region("KANTO", "関東", "Kanto", 3);
    private static final Prefecture TOKYO = new Prefecture("13", "130001", "東京都", "とうきょうと", "Tokyo", KANTO);
    private static final Instant IMPORTED = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-10-01T00:00:00Z");

    private static MunicipalityDetails chiyoda() {
        return new MunicipalityDetails("千代田区", "ちよだく", "https://www.city.chiyoda.lg.jp/",
                new BigDecimal("35.69388889"), new BigDecimal("139.7536111"));
    }

    @Test
    void isNewlyAddedAsAnOrdinaryMunicipality() {
        Municipality municipality = new Municipality("131016", TOKYO, chiyoda(), IMPORTED);

        assertThat(municipality.isSpecialWard()).isFalse();
        assertThat(municipality.getUpdatedAt()).isEqualTo(IMPORTED);
        assertThat(municipality.getPrefecture()).isEqualTo(TOKYO);
    }

    @Test
    void belongsToThePrefectureItsCodeNames() {
        assertThatThrownBy(() -> new Municipality("011002", TOKYO, chiyoda(), IMPORTED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Municipality("13101", TOKYO, chiyoda(), IMPORTED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void isUnchangedByTheDetailsItAlreadyHas() {
        Municipality municipality = new Municipality("131016", TOKYO, chiyoda(), IMPORTED);

        assertThat(municipality.updateFrom(chiyoda(), LATER)).isFalse();
        assertThat(municipality.getUpdatedAt()).isEqualTo(IMPORTED);
    }

    @Test
    void comparesCoordinatesAtTheScaleTheDatabaseKeeps() {
        Municipality municipality = new Municipality("131016", TOKYO, chiyoda(), IMPORTED);
        // As read back from DECIMAL(11,8): all eight decimals of the file, trailing zeros added.
        MunicipalityDetails fromDatabase = new MunicipalityDetails("千代田区", "ちよだく",
                "https://www.city.chiyoda.lg.jp/", new BigDecimal("35.69388889"), new BigDecimal("139.75361110"));

        assertThat(municipality.updateFrom(fromDatabase, LATER)).isFalse();
        assertThat(municipality.getLatitude()).isEqualTo(new BigDecimal("35.69388889"));
    }

    @Test
    void takesOverWhatChanged() {
        Municipality municipality = new Municipality("131016", TOKYO, chiyoda(), IMPORTED);
        MunicipalityDetails moved = new MunicipalityDetails("千代田区", "ちよだく", "https://www.city.chiyoda.lg.jp/new/",
                null, null);

        assertThat(municipality.updateFrom(moved, LATER)).isTrue();
        assertThat(municipality.getWebSite()).isEqualTo("https://www.city.chiyoda.lg.jp/new/");
        assertThat(municipality.getLatitude()).isNull();
        assertThat(municipality.getUpdatedAt()).isEqualTo(LATER);
        assertThat(municipality.details()).isEqualTo(moved);
    }

    @Test
    void keepsItsWebSiteAndPositionForAListThatHasNone() {
        Municipality municipality = new Municipality("131016", TOKYO, chiyoda(), IMPORTED);
        MunicipalityDetails fromSoumu = new MunicipalityDetails("千代田区", "ちよだく", null, null, null);

        boolean changed = municipality.updateFrom(fromSoumu.keepingWebSiteAndPositionOf(municipality.details()), LATER);

        assertThat(changed).isFalse();
        assertThat(municipality.details()).isEqualTo(chiyoda());
    }

    @Test
    void staysASpecialWardWhateverAListSays() throws ReflectiveOperationException {
        Municipality ward = new Municipality("131016", TOKYO, chiyoda(), IMPORTED);
        // The migrations mark the 23 wards; no method of the entity does.
        Field specialWard = Municipality.class.getDeclaredField("specialWard");
        specialWard.setAccessible(true);
        specialWard.setBoolean(ward, true);

        ward.updateFrom(new MunicipalityDetails("千代田区", "ちよだく", null, null, null), LATER);

        assertThat(ward.isSpecialWard()).isTrue();
    }

    @Test
    void detailsNeedANameAndAReading() {
        assertThatThrownBy(() -> new MunicipalityDetails(" ", "ちよだく", null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MunicipalityDetails("千代田区", null, null, null, null))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new MunicipalityDetails("千".repeat(Municipality.NAME_MAX + 1), "ちよだく",
                null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void detailsHaveBothCoordinatesOrNeither() {
        assertThatThrownBy(() -> new MunicipalityDetails("千代田区", "ちよだく", null, BigDecimal.ONE, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new MunicipalityDetails("千代田区", "ちよだく", null, null, null).hasPosition()).isFalse();
    }

    @Test
    void detailsTreatABlankWebSiteAsNone() {
        assertThat(new MunicipalityDetails(" 千代田区 ", "ちよだく", "  ", null, null))
                .extracting(MunicipalityDetails::name, MunicipalityDetails::webSite)
                .containsExactly("千代田区", null);
    }

    @Test
    void isIdentifiedByItsCode() {
        assertThat(new Municipality("131016", TOKYO, chiyoda(), IMPORTED))
                .isEqualTo(new Municipality("131016", TOKYO, chiyoda(), LATER))
                .isNotEqualTo(new Municipality("131024", TOKYO, chiyoda(), IMPORTED));
    }
}
