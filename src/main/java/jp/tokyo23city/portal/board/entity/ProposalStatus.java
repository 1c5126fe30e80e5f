package jp.tokyo23city.portal.board.entity;

/** 受付 → 検討中 → 実施決定 / 見送り: set by the addressed wards or admins on a proposal. */
public enum ProposalStatus {
    RECEIVED, CONSIDERING, DECIDED, DECLINED
}
