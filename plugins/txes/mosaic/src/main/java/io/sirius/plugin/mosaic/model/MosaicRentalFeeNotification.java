package io.sirius.plugin.mosaic.model;

import io.sirius.api.model.PublicKey;
import io.sirius.api.notification.Notification;

/**
 * A mosaic definition owes the network's rental fee ({@code mosaicRentalFee} of the currency mosaic, paid to the
 * account of {@code mosaicRentalFeeSinkPublicKey}, both from the config in force at the height).
 *
 * <p>The amount and the sink are not known to the handler (it sees no config), so the fee is named here and turned
 * into the core balance transfer that pays it by the plugin's rental-fee derivation, with the config at the height;
 * the network key ({@code [network] publicKey}) pays nothing, as in Sirius.
 *
 * @param signer the defining account, who pays
 */
public record MosaicRentalFeeNotification(PublicKey signer) implements Notification {
}
