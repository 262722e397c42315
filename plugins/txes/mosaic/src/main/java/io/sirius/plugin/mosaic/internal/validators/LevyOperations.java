package io.sirius.plugin.mosaic.internal.validators;

import io.sirius.api.model.MosaicId;
import io.sirius.api.model.PublicKey;
import io.sirius.api.result.ResultCode;
import io.sirius.api.result.ResultCodes;
import io.sirius.api.validation.StatefulValidationContext;
import io.sirius.plugin.mosaic.model.MosaicEntry;
import java.util.Optional;

/**
 * The check both levy-changing validators start with (Sirius's {@code CheckLevyOperationAllowed}): the levied
 * mosaic resolves and is active ({@code Id_Not_Found}) and the signer owns it ({@code Ineligible_Signer}).
 */
final class LevyOperations {

    private LevyOperations() {
    }

    static ResultCode allowed(PublicKey signer, Optional<MosaicId> mosaic, StatefulValidationContext context) {
        Optional<MosaicEntry> entry = mosaic.flatMap(id -> ActiveMosaics.find(context.state(), id, context.height()));
        if (entry.isEmpty()) {
            return MosaicResults.ID_NOT_FOUND;
        }
        return entry.get().definition().owner().equals(signer) ? ResultCodes.SUCCESS : MosaicResults.INELIGIBLE_SIGNER;
    }
}
