package io.sirius.plugin.config.internal.validators;

import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatelessValidator;
import io.sirius.api.validation.ValidationContext;
import io.sirius.kernel.config.SupportedEntities;
import io.sirius.plugin.config.model.NetworkConfigNotification;
import io.sirius.plugin.config.model.NetworkConfigTypes;
import java.util.Optional;

/**
 * The proposed supported entities must be supported-entities JSON (in UTF-8) and must keep at least one version of
 * Network_Config itself, or the network could never change its configuration again.
 */
public final class NetworkConfigSupportedEntitiesValidator implements StatelessValidator<NetworkConfigNotification> {

    @Override
    public Class<NetworkConfigNotification> notificationType() {
        return NetworkConfigNotification.class;
    }

    @Override
    public ResultCode validate(NetworkConfigNotification notification, ValidationContext context) {
        Optional<SupportedEntities> entities = ProposedConfig.supportedEntities(notification);
        if (entities.isEmpty()) {
            return NetworkConfigResults.SUPPORTED_ENTITY_VERSIONS_CONFIG_MALFORMED;
        }
        return entities.get().supportsType(NetworkConfigTypes.NETWORK_CONFIG)
                ? ResultCodes.SUCCESS
                : NetworkConfigResults.NETWORK_CONFIG_TRX_CANNOT_BE_UNSUPPORTED;
    }
}
