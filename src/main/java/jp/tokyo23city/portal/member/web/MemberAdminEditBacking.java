package jp.tokyo23city.portal.member.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.member.boundary.MemberAdminDetail;
import jp.tokyo23city.portal.member.boundary.MemberAdminException;
import jp.tokyo23city.portal.member.boundary.MemberAdminForm;
import jp.tokyo23city.portal.member.boundary.MemberAdminMergeResult;
import jp.tokyo23city.portal.member.boundary.MemberAdminService;
import jp.tokyo23city.portal.member.entity.Member;
import jp.tokyo23city.portal.member.entity.MemberKind;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.entity.Prefecture;
import jp.tokyo23city.portal.platform.web.Messages;

/**
 * /admin/members/edit.xhtml: without {@code id}, registers a member directly; with it, shows the member with its
 * contacts and staff and lets the admin end or resume the membership or merge the member into another, each after
 * a confirmation step.
 */
@Named
@ViewScoped
public class MemberAdminEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "admin.members.edit";
    private static final String FORM = "editForm:";

    @Inject
    MemberAdminService admin;

    @Inject
    MunicipalityService municipalities;

    private Long id;
    private MemberAdminDetail detail;
    private List<Prefecture> prefectures;

    // The new member's fields.
    private MemberKind kind = MemberKind.MUNICIPALITY;
    private String lgCode;
    private String name;
    private String kana;
    private String prefectureCode;
    private String department;
    private String postalCode;
    private String address;
    private String phone;
    private String email;
    private String webSite;
    private LocalDate joinedOn;

    // The confirmation steps.
    private boolean confirmingStatus;
    private Long survivorId;
    private Member survivor;

    /** Runs once per view (viewAction): loads the member, or prepares the form for a new one. */
    public void open() {
        prefectures = municipalities.prefectures();
        if (id != null) {
            try {
                detail = admin.detail(id);
            } catch (MemberAdminException e) {
                Messages.error(e.messageKey(), e.arguments());
            }
        }
    }

    public String create() {
        MemberAdminForm form = new MemberAdminForm(kind, lgCode, name, kana, prefectureCode, department, postalCode,
                address, phone, email, webSite, joinedOn);
        List<MemberAdminException> problems = form.problems();
        if (!problems.isEmpty()) {
            problems.forEach(MemberAdminEditBacking::show);
            return null;
        }
        try {
            Member member = admin.create(form);
            Messages.info(PAGE + ".message.created", member.getName(), member.getId());
            Messages.keepAfterRedirect();
            return "/admin/members/edit.xhtml?faces-redirect=true&id=" + member.getId();
        } catch (MemberAdminException e) {
            show(e);
            return null;
        }
    }

    /** First step of ending or resuming the membership: the page asks to confirm. */
    public void askStatusChange() {
        confirmingStatus = true;
    }

    public void cancelStatusChange() {
        confirmingStatus = false;
    }

    public String confirmStatusChange() {
        try {
            if (detail.member().isActive()) {
                admin.deactivate(id);
                Messages.info(PAGE + ".message.deactivated", detail.member().getName());
            } else {
                admin.reactivate(id);
                Messages.info(PAGE + ".message.reactivated", detail.member().getName());
            }
            Messages.keepAfterRedirect();
            return reload();
        } catch (MemberAdminException e) {
            confirmingStatus = false;
            show(e);
            return null;
        }
    }

    /** First step of a merge: finds the member to merge into and shows what will move. */
    public void askMerge() {
        survivor = null;
        if (survivorId == null) {
            Messages.errorFor(FORM + "survivor", PAGE + ".message.survivorRequired");
            return;
        }
        if (survivorId.equals(id)) {
            Messages.errorFor(FORM + "survivor", PAGE + ".message.mergeSelf");
            return;
        }
        survivor = admin.find(survivorId).orElse(null);
        if (survivor == null) {
            Messages.errorFor(FORM + "survivor", PAGE + ".message.survivorNotFound", survivorId);
        } else if (!survivor.isActive()) {
            Messages.errorFor(FORM + "survivor", PAGE + ".message.survivorInactive", survivor.getName());
            survivor = null;
        }
    }

    public void cancelMerge() {
        survivor = null;
    }

    public String confirmMerge() {
        try {
            MemberAdminMergeResult result = admin.merge(id, survivor.getId());
            Messages.info(PAGE + ".message.merged", detail.member().getName(), survivor.getName(),
                    result.contactsMoved(), result.staffMoved());
            Messages.keepAfterRedirect();
            return reload();
        } catch (MemberAdminException e) {
            survivor = null;
            show(e);
            return null;
        }
    }

    private String reload() {
        return "/admin/members/edit.xhtml?faces-redirect=true&id=" + id;
    }

    private static void show(MemberAdminException e) {
        if (e.field() == null) {
            Messages.error(e.messageKey(), e.arguments());
        } else {
            Messages.errorFor(FORM + e.field(), e.messageKey(), e.arguments());
        }
    }

    public boolean isCreating() {
        return id == null;
    }

    public boolean isOrganisation() {
        return kind == MemberKind.ORGANISATION;
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
    }

    /** A municipality or ward comes from the master by its code; an organisation is typed. */
    public MemberKind[] getCreatableKinds() {
        return new MemberKind[] {MemberKind.MUNICIPALITY, MemberKind.ORGANISATION};
    }

    public MemberAdminDetail getDetail() {
        return detail;
    }

    public List<Prefecture> getPrefectures() {
        return prefectures;
    }

    public String prefectureName(String code) {
        return prefectures.stream().filter(p -> p.getCode().equals(code)).map(Prefecture::getName).findFirst()
                .orElse(code);
    }

    public boolean isConfirmingStatus() {
        return confirmingStatus;
    }

    public Member getSurvivor() {
        return survivor;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getSurvivorId() {
        return survivorId;
    }

    public void setSurvivorId(Long survivorId) {
        this.survivorId = survivorId;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getLgCode() {
        return lgCode;
    }

    public void setLgCode(String lgCode) {
        this.lgCode = lgCode;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(String kana) {
        this.kana = kana;
    }

    public String getPrefectureCode() {
        return prefectureCode;
    }

    public void setPrefectureCode(String prefectureCode) {
        this.prefectureCode = prefectureCode;
    }

    public String getDepartment() {
        return department;
    }

    public void setDepartment(String department) {
        this.department = department;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getWebSite() {
        return webSite;
    }

    public void setWebSite(String webSite) {
        this.webSite = webSite;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }
}
