package jp.tokyo23city.portal.member.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import jp.tokyo23city.portal.member.boundary.MembershipService;
import jp.tokyo23city.portal.member.entity.ApplicationStatus;
import jp.tokyo23city.portal.member.entity.MembershipApplication;
import jp.tokyo23city.portal.municipality.boundary.MunicipalityService;
import jp.tokyo23city.portal.municipality.entity.Prefecture;

/** /admin/applications/index.xhtml: the queue of membership applications, waiting ones first. */
@Named
@ViewScoped
public class AdminApplicationsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    MembershipService membership;

    @Inject
    MunicipalityService municipalities;

    private ApplicationStatus status = ApplicationStatus.PENDING;
    private transient List<MembershipApplication> applications;
    private Map<String, String> prefectureNames;

    @PostConstruct
    void init() {
        prefectureNames = municipalities.prefectures().stream()
                .collect(Collectors.toMap(Prefecture::getCode, Prefecture::getName));
    }

    public void filter() {
        applications = null;
    }

    public List<MembershipApplication> getApplications() {
        if (applications == null) {
            applications = membership.applications(status);
        }
        return applications;
    }

    public long count(ApplicationStatus which) {
        return membership.countApplications(which);
    }

    public String prefectureName(String code) {
        return prefectureNames.getOrDefault(code, code);
    }

    public ApplicationStatus[] getStatuses() {
        return ApplicationStatus.values();
    }

    public ApplicationStatus getStatus() {
        return status;
    }

    public void setStatus(ApplicationStatus status) {
        this.status = status == null ? ApplicationStatus.PENDING : status;
    }
}
