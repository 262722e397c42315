package io.sirius.api.notification;

import io.sirius.api.model.Amount;
import io.sirius.api.model.PublicKey;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.model.UnresolvedMosaicId;

/**
 * An amount moving from one account to another.
 *
 * @param sender the paying account
 * @param recipient the receiving address or alias
 * @param mosaicId the mosaic or alias
 * @param amount the amount
 */
public record BalanceTransferNotification(PublicKey sender, UnresolvedAddress recipient, UnresolvedMosaicId mosaicId,
        Amount amount) implements Notification {
}
