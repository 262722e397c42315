package io.sirius.kernel.internal.core;

import io.sirius.api.model.Address;
import io.sirius.api.notification.AccountAddressNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;

/**
 * A plain (non-alias) address a transaction names must be well formed (checksum) and of this network.
 */
public final class AddressValidator implements StatelessValidator<AccountAddressNotification> {

    @Override
    public Class<AccountAddressNotification> notificationType() {
        return AccountAddressNotification.class;
    }

    @Override
    public ResultCode validate(AccountAddressNotification notification, ValidationContext context) {
        if (notification.address().isAlias()) {
            return ResultCodes.SUCCESS;
        }
        try {
            Address address = Address.of(notification.address().bytes());
            return address.network() == context.network() ? ResultCodes.SUCCESS : CoreResults.INVALID_ADDRESS;
        } catch (IllegalArgumentException e) {
            return CoreResults.INVALID_ADDRESS;
        }
    }
}
