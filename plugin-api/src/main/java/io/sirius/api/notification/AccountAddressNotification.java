package io.sirius.api.notification;

import io.sirius.api.model.UnresolvedAddress;

/**
 * An address that becomes known to the chain (created in account state if new).
 *
 * @param address the address or alias
 */
public record AccountAddressNotification(UnresolvedAddress address) implements Notification {
}
