package io.claimwire.app.commands;

import io.claimwire.app.*;

/** The stages that dead-letter (the values of {@code dlq list --stage}). */
enum DeadLetterStage { INGEST, ENRICH, SINK }
