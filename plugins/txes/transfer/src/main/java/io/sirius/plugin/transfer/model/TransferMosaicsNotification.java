package io.sirius.plugin.transfer.model;

import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.notification.Notification;
import java.util.List;

/**
 * A transfer carries mosaics, in wire order.
 *
 * @param mosaics the mosaics
 */
public record TransferMosaicsNotification(List<UnresolvedMosaic> mosaics) implements Notification {

    /** Copies the list. */
    public TransferMosaicsNotification {
        mosaics = List.copyOf(mosaics);
    }
}
