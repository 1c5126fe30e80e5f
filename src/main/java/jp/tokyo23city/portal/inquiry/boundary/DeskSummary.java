package jp.tokyo23city.portal.inquiry.boundary;

import jp.tokyo23city.portal.inquiry.entity.Desk;

/** What other features and pages show of a desk: whom to ask, about what, and how to reach them. */
public record DeskSummary(long id, String name, String topic, String email, String phone, String businessHours) {

    public static DeskSummary of(Desk desk) {
        return new DeskSummary(desk.getId(), desk.getName(), desk.getTopic(), desk.getEmail(), desk.getPhone(),
                desk.getBusinessHours());
    }

    public long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getTopic() {
        return topic;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getBusinessHours() {
        return businessHours;
    }
}
