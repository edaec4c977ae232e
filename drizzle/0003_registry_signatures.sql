ALTER TABLE `registry_versions` ADD `expires_at` text;--> statement-breakpoint
ALTER TABLE `registry_versions` ADD `jws_protected` text;--> statement-breakpoint
ALTER TABLE `registry_versions` ADD `jws_signature` text;