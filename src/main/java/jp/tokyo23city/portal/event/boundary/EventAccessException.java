package jp.tokyo23city.portal.event.boundary;

import jakarta.ejb.ApplicationException;

/** The caller is not an organiser of the event: pages answer 403. */
@ApplicationException(rollback = true)
public class EventAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public EventAccessException(long eventId) {
        super("Not an organiser of event " + eventId);
    }
}
