package jp.tokyo23city.portal.municipality.control;

import java.io.Serializable;
import java.util.Objects;

import jp.tokyo23city.portal.municipality.entity.MunicipalityDetails;

/**
 * A line of a list that passed every check: a valid code of a known prefecture, and details the master can hold.
 *
 * @param lineNumber where it came from, numbered as in {@link Rejection#lineNumber()}
 */
public record MunicipalityRow(long lineNumber, LgCode code, MunicipalityDetails details) implements Serializable {

    public MunicipalityRow {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(details, "details");
    }
}
