package jp.tokyo23city.portal.member.boundary;

/** What one run of the yearly re-confirmation did: requests created and reminders sent by this instance. */
public record ReconfirmationRun(int fiscalYear, int requested, int reminded) {

    public ReconfirmationRun plus(ReconfirmationRun other) {
        return new ReconfirmationRun(fiscalYear, requested + other.requested, reminded + other.reminded);
    }
}
