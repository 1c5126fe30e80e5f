package jp.tokyo23city.portal.event.boundary;

import java.io.Serializable;

import jp.tokyo23city.portal.event.entity.Audience;

/** The filters of the public event list. */
public class EventQuery implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Which events by date, relative to today. */
    public enum Period { UPCOMING, CURRENT, PAST, ALL }

    private Period period = Period.UPCOMING;
    private String kindCode;
    private Audience audience;
    /** The 年度 (by its first calendar year); set, it overrides the period. */
    private Integer fiscalYear;

    public Period getPeriod() {
        return period;
    }

    public void setPeriod(Period period) {
        this.period = period == null ? Period.UPCOMING : period;
    }

    public String getKindCode() {
        return kindCode;
    }

    public void setKindCode(String kindCode) {
        this.kindCode = kindCode == null || kindCode.isBlank() ? null : kindCode;
    }

    public Audience getAudience() {
        return audience;
    }

    public void setAudience(Audience audience) {
        this.audience = audience;
    }

    public Integer getFiscalYear() {
        return fiscalYear;
    }

    public void setFiscalYear(Integer fiscalYear) {
        this.fiscalYear = fiscalYear;
    }
}
