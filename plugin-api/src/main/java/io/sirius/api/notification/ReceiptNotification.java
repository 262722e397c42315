package io.sirius.api.notification;

import io.sirius.api.receipt.Receipt;
import java.util.Objects;

/**
 * A receipt for the block's statement of the transaction being applied, for handlers and derivations that know a
 * receipt's contents where they publish what it records (a rental fee beside the balance transfer that pays it): the
 * kernel's core observes it and adds the receipt, in commit mode, as {@link io.sirius.api.observer.ObserverContext#addReceipt}
 * would. It changes no state, so it needs nothing undone.
 *
 * @param receipt the receipt
 * @since 1.2
 */
public record ReceiptNotification(Receipt receipt) implements Notification {
    /** Checks the argument. */
    public ReceiptNotification {
        Objects.requireNonNull(receipt, "receipt");
    }
}
