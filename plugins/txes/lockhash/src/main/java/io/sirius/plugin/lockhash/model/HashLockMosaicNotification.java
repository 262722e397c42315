package io.sirius.plugin.lockhash.model;

import io.sirius.api.model.UnresolvedMosaic;
import io.sirius.api.notification.Notification;

/**
 * A hash lock deposits a mosaic, which must be {@code lockedFundsPerAggregate} of the currency.
 *
 * @param mosaic the deposit
 */
public record HashLockMosaicNotification(UnresolvedMosaic mosaic) implements Notification {
}
