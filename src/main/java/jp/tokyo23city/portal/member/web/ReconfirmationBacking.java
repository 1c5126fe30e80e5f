package jp.tokyo23city.portal.member.web;

import java.io.Serializable;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.member.boundary.ReconfirmationRun;
import jp.tokyo23city.portal.member.boundary.ReconfirmationService;
import jp.tokyo23city.portal.member.boundary.ReconfirmationStatus;
import jp.tokyo23city.portal.platform.FiscalYear;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/reconfirmation/index.xhtml: the members that have not confirmed their registration this 年度, with the
 * reminders they got, and the button that runs the yearly request now (it asks nobody twice).
 */
@Named
@ViewScoped
public class ReconfirmationBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "admin.reconfirmation.index";

    @Inject
    ReconfirmationService reconfirmation;

    private FiscalYear year;
    private List<ReconfirmationStatus> unconfirmed;
    private long asked;
    private long confirmed;

    @PostConstruct
    void load() {
        year = reconfirmation.latestYear();
        unconfirmed = reconfirmation.unconfirmed(year);
        long[] counts = reconfirmation.counts(year);
        asked = counts[0];
        confirmed = counts[1];
    }

    public String runNow() {
        ReconfirmationRun run = reconfirmation.runNow();
        Messages.info(PAGE + ".message.ran", new FiscalYear(run.fiscalYear()).label(), run.requested(),
                run.reminded());
        load();
        return null;
    }

    public String getYearLabel() {
        return year.label();
    }

    public String getCurrentYearLabel() {
        return FiscalYear.current().label();
    }

    public List<ReconfirmationStatus> getUnconfirmed() {
        return unconfirmed;
    }

    public long getAsked() {
        return asked;
    }

    public long getConfirmed() {
        return confirmed;
    }
}
