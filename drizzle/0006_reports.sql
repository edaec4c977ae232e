CREATE TABLE `reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`platform` text DEFAULT '' NOT NULL,
	`value` text NOT NULL,
	`status` text DEFAULT 'received' NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	`suggested_target` text,
	`notes` text DEFAULT '[]' NOT NULL,
	`first_reported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`last_reported_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
	`reviewed_at` text,
	`reviewed_by` text,
	`scam_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `reports_open_channel` ON `reports` (`kind`,`platform`,`value`) WHERE status = 'received';--> statement-breakpoint
CREATE INDEX `reports_status` ON `reports` (`status`,`id`);