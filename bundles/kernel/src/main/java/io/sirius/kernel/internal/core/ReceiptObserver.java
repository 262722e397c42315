package io.sirius.kernel.internal.core;

import io.sirius.api.notification.ReceiptNotification;
import io.sirius.api.observer.NotifyMode;
import io.sirius.api.observer.Observer;
import io.sirius.api.observer.ObserverContext;

/**
 * Adds the receipt of a {@link ReceiptNotification} to the block's statements, in commit mode (a receipt changes no
 * state, so rollback has nothing to undo).
 */
public final class ReceiptObserver implements Observer<ReceiptNotification> {

    @Override
    public Class<ReceiptNotification> notificationType() {
        return ReceiptNotification.class;
    }

    @Override
    public void notify(ReceiptNotification notification, ObserverContext context) {
        if (context.mode() == NotifyMode.COMMIT) {
            context.addReceipt(notification.receipt());
        }
    }
}
