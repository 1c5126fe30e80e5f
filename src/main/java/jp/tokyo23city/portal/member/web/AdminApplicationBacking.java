package jp.tokyo23city.portal.member.web;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.account.boundary.AccountException;
import jp.tokyo23city.portal.member.boundary.MembershipException;
import jp.tokyo23city.portal.member.boundary.MembershipService;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MembershipApplication;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.platform.web.Messages;

/** /admin/applications/view.xhtml?id=…: one application, approved or rejected with a reason. */
@Named
@ViewScoped
public class AdminApplicationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService membership;

    @Inject
    MunicipalityService municipalities;

    private Long id;
    private String rejectionReason;
    private boolean confirmingRejection;

    /** The application, read fresh on every request: its state may change in another window. */
    public MembershipApplication getApplication() {
        return id == null ? null : membership.getApplication(id);
    }

    public String getExistingMemberName() {
        MembershipApplication application = getApplication();
        return application == null ? null : membership.existingMemberOf(application).map(Member::getName).orElse(null);
    }

    public String getPrefectureName() {
        MembershipApplication application = getApplication();
        return application == null ? "" : municipalities.prefectures().stream()
                .filter(p -> p.getCode().equals(application.getPrefectureCode()))
                .map(p -> p.getName()).findFirst().orElse(application.getPrefectureCode());
    }

    public String approve() {
        try {
            Member member = membership.approve(id);
            Messages.info("admin.applications.message.approved", member.getName());
            Messages.keepAfterRedirect();
            return "/admin/applications/index.xhtml?faces-redirect=true";
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
        } catch (AccountException e) {
            Messages.error(e.messageKey());
        }
        return null;
    }

    /** First press asks for confirmation; the second, with a reason, rejects. */
    public String reject() {
        if (rejectionReason == null || rejectionReason.isBlank()) {
            Messages.errorFor("decisionForm:rejectionReason", "admin.applications.message.reasonRequired");
            return null;
        }
        if (!confirmingRejection) {
            confirmingRejection = true;
            return null;
        }
        try {
            membership.reject(id, rejectionReason);
            Messages.info("admin.applications.message.rejected");
            Messages.keepAfterRedirect();
            return "/admin/applications/index.xhtml?faces-redirect=true";
        } catch (MembershipException e) {
            Messages.error(e.messageKey());
            return null;
        }
    }

    public void cancelRejection() {
        confirmingRejection = false;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public void setRejectionReason(String rejectionReason) {
        this.rejectionReason = rejectionReason;
    }

    public boolean isConfirmingRejection() {
        return confirmingRejection;
    }
}
