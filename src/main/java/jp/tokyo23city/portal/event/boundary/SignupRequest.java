package jp.tokyo23city.portal.event.boundary;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** What a person types to sign up; members' staff find it pre-filled from their account. */
public class SignupRequest implements Serializable {

    private static final long serialVersionUID = 1L;

    private String name;
    private String kana;
    private String organisation;
    private String email;
    private String phone;
    private List<String> answers = new ArrayList<>();

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

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public List<String> getAnswers() {
        return answers;
    }

    public void setAnswers(List<String> answers) {
        this.answers = answers;
    }
}
