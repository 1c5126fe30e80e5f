package jp.tokyo23city.portal.inquiry.entity;

import java.io.Serializable;

/**
 * Who sent an inquiry, as checked by the form: name and reading, organisation, mail address, phone, and for members
 * their member, account and prefecture (used by routing).
 */
public record InquirySender(SenderKind kind, String name, String kana, String organisation, String email,
                            String phone, String prefectureCode, Long memberId, Long accountId)
        implements Serializable {
}
