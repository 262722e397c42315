package io.sirius.api.notification;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedMosaicId;

/**
 * An amount entering an account without a sender (a mosaic's supply increase, a refund of a deposit). Plugins
 * change balances only through this, {@link BalanceDebitNotification} and {@link BalanceTransferNotification}, which
 * the kernel's core observes, so balances and the harvesting balance history stay exact in commit and rollback.
 *
 * @param account the credited account
 * @param mosaicId the mosaic
 * @param amount the amount
 */
public record BalanceCreditNotification(PublicKey account, UnresolvedMosaicId mosaicId, Amount amount)
        implements Notification {
}
