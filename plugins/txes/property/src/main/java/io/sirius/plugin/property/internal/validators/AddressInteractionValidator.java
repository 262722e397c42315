package io.sirius.plugin.property.internal.validators;

import io.sirius.api.model.Address;
import io.sirius.api.model.UnresolvedAddress;
import io.sirius.api.notification.AddressInteractionNotification;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.api.validation.StatefulValidator;
import io.sirius.plugin.property.model.PropertyType;
import io.sirius.plugin.property.state.AccountProperties;
import io.sirius.plugin.property.state.PropertyValue;
import io.sirius.plugin.property.state.PropertyView;
import java.util.Optional;

/**
 * Every account a transaction involves accepts its signer: the participant's address property, if it has values,
 * allows the signer's address or does not block it. An account involving itself always may. A participant alias no
 * active namespace resolves names no account with properties, so it has nothing to refuse.
 */
public final class AddressInteractionValidator implements StatefulValidator<AddressInteractionNotification> {

    @Override
    public Class<AddressInteractionNotification> notificationType() {
        return AddressInteractionNotification.class;
    }

    @Override
    public ResultCode validate(AddressInteractionNotification notification, StatefulValidationContext context) {
        Address source = context.addressOf(notification.source());
        PropertyView properties = PropertyView.of(context.state());
        for (UnresolvedAddress unresolved : notification.participants()) {
            Optional<Address> participant = context.resolvers().resolve(unresolved);
            if (participant.isEmpty() || participant.get().equals(source)) {
                continue;
            }
            Optional<AccountProperties> theirs = properties.find(participant.get());
            if (theirs.isPresent() && !theirs.get().property(PropertyType.ADDRESS).isAllowed(PropertyValue.of(source))) {
                return PropertyResults.SIGNER_ADDRESS_INTERACTION_NOT_ALLOWED;
            }
        }
        return ResultCodes.SUCCESS;
    }
}
