package jp.tokyo23city.portal.board.entity;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Who wrote a post, copied when it is written: the account, and the member's name and prefecture that the board
 * shows ("京丹波町（京都府）"), so that lists never join other features' tables.
 */
@Embeddable
public class Author implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "author_account_id", nullable = false)
    private Long accountId;

    @Column(name = "author_name", nullable = false, length = 100)
    private String name;

    @Column(name = "author_member_id")
    private Long memberId;

    @Column(name = "member_name", length = 200)
    private String memberName;

    @Column(name = "prefecture_code", length = 2)
    private String prefectureCode;

    protected Author() {
    }

    public Author(Long accountId, String name, Long memberId, String memberName, String prefectureCode) {
        this.accountId = accountId;
        this.name = name;
        this.memberId = memberId;
        this.memberName = memberName;
        this.prefectureCode = prefectureCode;
    }

    /** Staff of the same member may act for the author (a colleague takes over); without a member, only the account. */
    public boolean sameMemberOrAccount(Long otherAccountId, Long otherMemberId) {
        if (memberId != null) {
            return memberId.equals(otherMemberId);
        }
        return accountId.equals(otherAccountId);
    }

    public Long getAccountId() {
        return accountId;
    }

    public String getName() {
        return name;
    }

    public Long getMemberId() {
        return memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }
}
