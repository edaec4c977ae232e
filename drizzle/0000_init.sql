CREATE TABLE `channels` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization` text NOT NULL,
	`kind` text NOT NULL,
	`platform` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`display` text NOT NULL,
	`account_id` text,
	`label` text,
	`subdomains` integer,
	`usage` text,
	`local_part_case_sensitive` integer,
	`status` text DEFAULT 'active' NOT NULL,
	`reason` text,
	`revoked_at` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`organization`) REFERENCES `organizations`(`slug`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `channels_identity` ON `channels` (`organization`,`kind`,`platform`,`value`);--> statement-breakpoint
CREATE TABLE `organizations` (
	`slug` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`website` text,
	`advice` text,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
);
--> statement-breakpoint
CREATE TABLE `registry_snapshot_chunks` (
	`version` integer NOT NULL,
	`seq` integer NOT NULL,
	`data` text NOT NULL,
	PRIMARY KEY(`version`, `seq`),
	FOREIGN KEY (`version`) REFERENCES `registry_versions`(`version`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `registry_versions` (
	`version` integer PRIMARY KEY NOT NULL,
	`digest` text NOT NULL,
	`previous_digest` text,
	`issued_at` text NOT NULL,
	`organizations` integer NOT NULL,
	`channels` integer NOT NULL,
	`scams` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `scams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`platform` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`display` text NOT NULL,
	`target` text NOT NULL,
	`reason` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	FOREIGN KEY (`target`) REFERENCES `organizations`(`slug`) ON UPDATE cascade ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scams_identity` ON `scams` (`kind`,`platform`,`value`);