# A golden image in plain HCL: made from an instance, shared with two
# accounts, copied to a second region and shared there too.
#
#   npx imagecloud provider install          # prints the two export lines to run
#   terraform init && terraform apply -var instance_id=i-...
#
# Against the emulator, set endpoint to its template and use a development
# account's keys (docs/api.md); against BCC, leave endpoint out and export
# BCE_ACCESS_KEY_ID / BCE_SECRET_ACCESS_KEY.

terraform {
  required_providers {
    imagecloud = {
      source  = "imagecloud/imagecloud"
      version = "0.1.0"
    }
  }
}

variable "endpoint" {
  description = "Endpoint template with {region}; null for the real BCC hosts."
  type        = string
  default     = null
}

variable "instance_id" {
  description = "The instance whose system disk becomes the image."
  type        = string
}

variable "share_with" {
  description = "Accounts (names or 32-hex ids) to share the images with."
  type        = set(string)
  default     = ["alice", "bob"]
}

variable "copy_region" {
  type    = string
  default = "gz"
}

provider "imagecloud" {
  region   = "bj"
  endpoint = var.endpoint
}

# The copy's shares live in the copy's region: a second provider configuration.
provider "imagecloud" {
  alias    = "copy"
  region   = var.copy_region
  endpoint = var.endpoint
}

resource "imagecloud_custom_image" "golden" {
  name        = "golden-web"
  description = "Web tier golden image"
  source {
    instance_id = var.instance_id
  }
  tags = {
    team = "web"
  }
}

resource "imagecloud_image_share" "golden" {
  image_id = imagecloud_custom_image.golden.id
  accounts = var.share_with
}

resource "imagecloud_image_copy" "golden" {
  source_image_id    = imagecloud_custom_image.golden.id
  destination_region = var.copy_region
}

resource "imagecloud_image_share" "golden_copy" {
  provider = imagecloud.copy
  image_id = imagecloud_image_copy.golden.image_id
  accounts = var.share_with
}

output "image_id" {
  value = imagecloud_custom_image.golden.id
}

output "copy_image_id" {
  value = imagecloud_image_copy.golden.image_id
}
