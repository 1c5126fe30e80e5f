package jp.tokyo23city.portal.inquiry.entity;

import java.io.Serializable;

/** What an inquiry asks: its type, what it refers to (an event, a board thread), subject and message. */
public record InquiryContent(long typeId, Long eventId, Long threadId, String subject, String message)
        implements Serializable {
}
