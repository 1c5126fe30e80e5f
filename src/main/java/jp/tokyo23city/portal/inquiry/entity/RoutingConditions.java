package jp.tokyo23city.portal.inquiry.entity;

import java.io.Serializable;

/** What a routing rule asks of an inquiry, and the desk it then names. Null conditions match anything. */
public record RoutingConditions(String name, Long deskId, Long typeId, SenderKind senderKind, Long eventId,
                                Long threadId, String prefectureCode, String keywords) implements Serializable {
}
