package jp.tokyo23city.portal.member.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.member.boundary.ApplicationReceipt;
import jp.tokyo23city.portal.member.boundary.MembershipService;

/** /membership/verify.xhtml?token=…: the applicant confirms the e-mail address through the mailed link. */
@Named
@RequestScoped
public class MembershipVerifyBacking {

    @Inject
    MembershipService membership;

    private String token;
    private ApplicationReceipt receipt;
    private boolean checked;

    /** Runs once on opening the link (a view action, never on a postback). */
    public void verify() {
        receipt = membership.verify(token).orElse(null);
        checked = true;
    }

    public boolean isVerified() {
        return receipt != null;
    }

    public boolean isChecked() {
        return checked;
    }

    public ApplicationReceipt getReceipt() {
        return receipt;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }
}
