package be.storysite.leads.model;

/** Life cycle of a delivery job: PENDING → (claimed) → DELIVERED, or back to PENDING for a retry, or DEAD. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    /** Gave up after the maximum age; an alert was raised. */
    DEAD
}
