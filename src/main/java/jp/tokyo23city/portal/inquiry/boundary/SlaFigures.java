package jp.tokyo23city.portal.inquiry.boundary;

import java.io.Serializable;

/**
 * How a desk keeps its deadlines over a period: inquiries received, answered within the deadline, answered late,
 * still open and overdue, and the average business days to the first answer. Getters for EL.
 */
public record SlaFigures(String deskName, long received, long answeredInTime, long answeredLate, long openOverdue,
                         long open, double averageDays) implements Serializable {

    /** Share answered in time among those answered, in percent; none answered yet: 100. */
    public long getInTimePercent() {
        long answered = answeredInTime + answeredLate;
        return answered == 0 ? 100 : Math.round(100.0 * answeredInTime / answered);
    }

    public String getDeskName() {
        return deskName;
    }

    public long getReceived() {
        return received;
    }

    public long getAnsweredInTime() {
        return answeredInTime;
    }

    public long getAnsweredLate() {
        return answeredLate;
    }

    public long getOpenOverdue() {
        return openOverdue;
    }

    public long getOpen() {
        return open;
    }

    public String getAverageDays() {
        return "%.1f".formatted(averageDays);
    }
}
