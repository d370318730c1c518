package be.storysite.leads.model;

/** What a delivery job does with its lead. */
public enum DeliveryChannel {
    /** The notification mail to the routed relationship manager. */
    MANAGER_MAIL,
    /** The optional confirmation mail to the prospect (never echoes their free text). */
    CONFIRMATION_MAIL,
    /** The optional signed JSON webhook to a CRM. */
    CRM_WEBHOOK
}
