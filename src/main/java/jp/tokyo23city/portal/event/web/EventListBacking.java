package jp.tokyo23city.portal.event.web;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.event.boundary.EventQuery;
import jp.tokyo23city.portal.event.boundary.EventService;
import jp.tokyo23city.portal.event.entity.Audience;
import jp.tokyo23city.portal.event.entity.EventKind;
import jp.tokyo23city.portal.event.entity.ProjectEvent;
import jp.tokyo23city.portal.platform.FiscalYear;

/**
 * /events/index.xhtml: published events, upcoming, current or past, filtered by kind and audience, or one 年度 of
 * the archive. The filters are GET parameters, so every list has an address.
 */
@Named
@RequestScoped
public class EventListBacking {

    @Inject
    EventService events;

    private final EventQuery query = new EventQuery();
    private List<ProjectEvent> list;
    private List<EventKind> kinds;
    private List<FiscalYear> fiscalYears;

    public void load() {
        kinds = events.kinds();
        fiscalYears = events.fiscalYears();
        list = events.search(query);
    }

    /** Applies the filter form: back to this page with the filters as parameters. */
    public String filter() {
        return "/events/index.xhtml?faces-redirect=true&includeViewParams=true";
    }

    public EventQuery getQuery() {
        return query;
    }

    public List<ProjectEvent> getList() {
        return list;
    }

    public List<EventKind> getKinds() {
        return kinds;
    }

    public List<FiscalYear> getFiscalYears() {
        return fiscalYears;
    }

    public EventQuery.Period[] getPeriods() {
        return EventQuery.Period.values();
    }

    public Audience[] getAudiences() {
        return Audience.values();
    }

    public String getPeriod() {
        return query.getPeriod().name();
    }

    public void setPeriod(String period) {
        try {
            query.setPeriod(period == null ? null : EventQuery.Period.valueOf(period));
        } catch (IllegalArgumentException e) {
            query.setPeriod(null);
        }
    }

    public String getKind() {
        return query.getKindCode();
    }

    public void setKind(String kind) {
        query.setKindCode(kind);
    }

    public String getAudience() {
        return query.getAudience() == null ? null : query.getAudience().name();
    }

    public void setAudience(String audience) {
        try {
            query.setAudience(audience == null || audience.isBlank() ? null : Audience.valueOf(audience));
        } catch (IllegalArgumentException e) {
            query.setAudience(null);
        }
    }

    public Integer getFy() {
        return query.getFiscalYear();
    }

    public void setFy(Integer fy) {
        query.setFiscalYear(fy == null || fy < 2000 || fy > 2200 ? null : fy);
    }

    public String fiscalYearLabel(int startYear) {
        return new FiscalYear(startYear).label();
    }
}
