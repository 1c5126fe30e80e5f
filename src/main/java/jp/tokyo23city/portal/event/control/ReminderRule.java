package jp.tokyo23city.portal.event.control;

import java.time.LocalDate;

/**
 * When the reminder of an event is due: from N days before its first day until that day. A job that did not run
 * for a while (a restart, an outage) still sends it late rather than never; each participant gets it once.
 */
public final class ReminderRule {

    private ReminderRule() {
    }

    public static boolean isDue(LocalDate today, LocalDate startsOn, Integer reminderDays) {
        if (reminderDays == null || today.isAfter(startsOn)) {
            return false;
        }
        return !today.plusDays(reminderDays).isBefore(startsOn);
    }
}
