package jp.tokyo23city.portal.member.web;

import java.io.IOException;
import java.io.Serializable;
import java.util.List;

import jakarta.ejb.EJBAccessException;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountException;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepInvitation;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepRegistration;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepService;
import jp.tokyo23city.portal.member.boundary.MemberUpkeepStaff;
import jp.tokyo23city.portal.member.boundary.MembershipException;
import jp.tokyo23city.portal.member.control.MemberUpkeepInputException;
import jp.tokyo23city.portal.platform.web.LocaleBacking;
import jp.tokyo23city.portal.platform.web.Messages;
import jp.tokyo23city.portal.security.Roles;

/**
 * /members/registration-staff.xhtml: the staff accounts of a member, colleagues invited and not signed in yet,
 * inviting a colleague, and the hand-over when someone leaves (their account is closed after a confirmation step).
 */
@Named
@ViewScoped
public class HandoverBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String PAGE = "members.registration-staff";

    @Inject
    MemberUpkeepService upkeep;

    @Inject
    LocaleBacking locale;

    private String memberParam;
    private Long memberId;
    private MemberUpkeepRegistration registration;
    private List<MemberUpkeepStaff> staff;
    private List<MemberUpkeepInvitation> invitations;

    private String inviteEmail;
    private String inviteName;

    private MemberUpkeepStaff leaving;

    public void load() throws IOException {
        if (registration != null) {
            return;
        }
        // The view's locale is set by the layout only when it renders; messages added here need it already.
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale.getLocale());
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        boolean mayChoose = external.isUserInRole(Roles.ADMIN) || external.isUserInRole(Roles.WARD_STAFF);
        try {
            if (mayChoose && memberParam != null && !memberParam.isBlank()) {
                memberId = Long.valueOf(memberParam.strip());
            }
            reload();
        } catch (NumberFormatException e) {
            external.responseSendError(404, null);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (EJBAccessException e) {
            external.responseSendError(403, null);
            FacesContext.getCurrentInstance().responseComplete();
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
    }

    private void reload() {
        registration = upkeep.registration(memberId);
        memberId = registration.memberId();
        staff = upkeep.staff(memberId);
        invitations = upkeep.openInvitations(memberId);
    }

    public String invite() {
        try {
            upkeep.invite(memberId, inviteEmail, inviteName);
            Messages.info(PAGE + ".message.invited", inviteEmail.strip());
            inviteEmail = null;
            inviteName = null;
            reload();
        } catch (MemberUpkeepInputException e) {
            RegistrationBacking.showProblems("inviteForm", e);
        } catch (AccountException e) {
            Messages.error(e.messageKey());
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
        return null;
    }

    /** First step of the hand-over: asks whether to close the account. */
    public void askHandover(MemberUpkeepStaff account) {
        leaving = account;
    }

    public void cancelHandover() {
        leaving = null;
    }

    public String handOver() {
        try {
            boolean wasContact = upkeep.handOver(memberId, leaving.username());
            Messages.info(PAGE + ".message.closed", leaving.displayName());
            if (wasContact) {
                Messages.info(PAGE + ".message.alsoContact");
            }
            reload();
        } catch (AccountException e) {
            Messages.error(e.messageKey());
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        }
        leaving = null;
        return null;
    }

    public MemberUpkeepRegistration getRegistration() {
        return registration;
    }

    public List<MemberUpkeepStaff> getStaff() {
        return staff;
    }

    public List<MemberUpkeepInvitation> getInvitations() {
        return invitations;
    }

    public MemberUpkeepStaff getLeaving() {
        return leaving;
    }

    public boolean isOtherMember() {
        return memberParam != null && !memberParam.isBlank();
    }

    public String getMemberParam() {
        return memberParam;
    }

    public void setMemberParam(String memberParam) {
        this.memberParam = memberParam;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public String getInviteName() {
        return inviteName;
    }

    public void setInviteName(String inviteName) {
        this.inviteName = inviteName;
    }
}
