package jp.tokyo23city.portal.platform.web;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

import jp.tokyo23city.portal.platform.FiscalYear;
import jp.tokyo23city.portal.platform.JapaneseDates;

/** {@link JapaneseDates} for views: {@code #{dates.wareki(article.publishedOn)}}. */
@Named("dates")
@ApplicationScoped
public class DatesBacking {

    public String wareki(LocalDate date) {
        return JapaneseDates.wareki(date);
    }

    public String iso(LocalDate date) {
        return JapaneseDates.iso(date);
    }

    public String dateTime(Instant instant) {
        return JapaneseDates.dateTime(instant);
    }

    public String fiscalYear(LocalDate date) {
        return date == null ? "" : FiscalYear.of(date).label();
    }

    public String currentFiscalYear() {
        return FiscalYear.current().label();
    }
}
