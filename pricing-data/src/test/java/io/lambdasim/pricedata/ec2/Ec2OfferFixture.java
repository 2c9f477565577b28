package io.lambdasim.pricedata.ec2;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A hand-written AmazonEC2 offer file of eu-west-1 in the structure AWS documents and publishes (products, then
 * terms.OnDemand and terms.Reserved). Kept by the importer: m5.large, t4g.micro and m7g.xlarge (Linux, shared, NA,
 * Used, no license); left out: the same m5.large under Windows, dedicated tenancy, RHEL, a capacity reservation and SQL
 * Server, and an EBS volume. The m7g.xlarge dimension spells its range startingRange/endingRange (as the docs do), the
 * others beginRange/endRange (as real files do). The prices are fixture data.
 */
final class Ec2OfferFixture {

    static final String EU_WEST_1 = """
        {
          "formatVersion": "v1.0",
          "disclaimer": "This pricing list is for informational purposes only.",
          "offerCode": "AmazonEC2",
          "version": "20261120182000",
          "publicationDate": "2026-11-20T18:20:00Z",
          "products": {
            "LINUXM5LARGE0001": {
              "sku": "LINUXM5LARGE0001",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m5.large",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "Intel Xeon Platinum 8175",
                "memory": "8 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "Linux",
                "licenseModel": "No License required",
                "usagetype": "EU-BoxUsage:m5.large",
                "operation": "RunInstances",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "WINDOWSM5LARGE01": {
              "sku": "WINDOWSM5LARGE01",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m5.large",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "Intel Xeon Platinum 8175",
                "memory": "8 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "Windows",
                "licenseModel": "No License required",
                "usagetype": "EU-BoxUsage:m5.large",
                "operation": "RunInstances:0002",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "DEDICATEDM5LARG1": {
              "sku": "DEDICATEDM5LARG1",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m5.large",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "Intel Xeon Platinum 8175",
                "memory": "8 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Dedicated",
                "operatingSystem": "Linux",
                "licenseModel": "No License required",
                "usagetype": "EU-DedicatedUsage:m5.large",
                "operation": "RunInstances",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "RHELM5LARGE00001": {
              "sku": "RHELM5LARGE00001",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m5.large",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "Intel Xeon Platinum 8175",
                "memory": "8 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "RHEL",
                "licenseModel": "No License required",
                "usagetype": "EU-BoxUsage:m5.large",
                "operation": "RunInstances:0010",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "CAPRESM5LARGE001": {
              "sku": "CAPRESM5LARGE001",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m5.large",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "Intel Xeon Platinum 8175",
                "memory": "8 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "Linux",
                "licenseModel": "No License required",
                "usagetype": "EU-Reservation:m5.large",
                "operation": "RunInstances",
                "capacitystatus": "AllocatedCapacityReservation",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "SQLSTDM5LARGE001": {
              "sku": "SQLSTDM5LARGE001",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m5.large",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "Intel Xeon Platinum 8175",
                "memory": "8 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "Linux",
                "licenseModel": "No License required",
                "usagetype": "EU-BoxUsage:m5.large",
                "operation": "RunInstances:0004",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "SQL Std",
                "marketoption": "OnDemand"
              }
            },
            "LINUXT4GMICRO001": {
              "sku": "LINUXT4GMICRO001",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "t4g.micro",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "2",
                "physicalProcessor": "AWS Graviton2 Processor",
                "memory": "1 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "Linux",
                "licenseModel": "No License required",
                "usagetype": "EU-BoxUsage:t4g.micro",
                "operation": "RunInstances",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "LINUXM7GXLARGE01": {
              "sku": "LINUXM7GXLARGE01",
              "productFamily": "Compute Instance",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "instanceType": "m7g.xlarge",
                "currentGeneration": "Yes",
                "instanceFamily": "General purpose",
                "vcpu": "4",
                "physicalProcessor": "AWS Graviton3 Processor",
                "memory": "16 GiB",
                "storage": "EBS only",
                "networkPerformance": "Up to 10 Gigabit",
                "processorArchitecture": "64-bit",
                "tenancy": "Shared",
                "operatingSystem": "Linux",
                "licenseModel": "No License required",
                "usagetype": "EU-BoxUsage:m7g.xlarge",
                "operation": "RunInstances",
                "capacitystatus": "Used",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "preInstalledSw": "NA",
                "marketoption": "OnDemand"
              }
            },
            "EBSGP3VOLUME0001": {
              "sku": "EBSGP3VOLUME0001",
              "productFamily": "Storage",
              "attributes": {
                "servicecode": "AmazonEC2",
                "location": "EU (Ireland)",
                "locationType": "AWS Region",
                "storageMedia": "SSD-backed",
                "volumeType": "General Purpose",
                "usagetype": "EU-EBS:VolumeUsage.gp3",
                "operation": "",
                "regionCode": "eu-west-1",
                "servicename": "Amazon Elastic Compute Cloud",
                "volumeApiName": "gp3"
              }
            }
          },
          "terms": {
            "OnDemand": {
              "LINUXM5LARGE0001": {
                "LINUXM5LARGE0001.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "LINUXM5LARGE0001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXM5LARGE0001.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "LINUXM5LARGE0001.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.1070000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1070000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "WINDOWSM5LARGE01": {
                "WINDOWSM5LARGE01.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "WINDOWSM5LARGE01",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "WINDOWSM5LARGE01.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "WINDOWSM5LARGE01.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.1990000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1990000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "DEDICATEDM5LARG1": {
                "DEDICATEDM5LARG1.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "DEDICATEDM5LARG1",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "DEDICATEDM5LARG1.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "DEDICATEDM5LARG1.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.1180000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1180000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "RHELM5LARGE00001": {
                "RHELM5LARGE00001.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "RHELM5LARGE00001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "RHELM5LARGE00001.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "RHELM5LARGE00001.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.1647000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1647000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "CAPRESM5LARGE001": {
                "CAPRESM5LARGE001.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "CAPRESM5LARGE001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "CAPRESM5LARGE001.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "CAPRESM5LARGE001.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.1070000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1070000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "SQLSTDM5LARGE001": {
                "SQLSTDM5LARGE001.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "SQLSTDM5LARGE001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "SQLSTDM5LARGE001.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "SQLSTDM5LARGE001.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.5870000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.5870000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "LINUXT4GMICRO001": {
                "LINUXT4GMICRO001.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "LINUXT4GMICRO001",
                  "effectiveDate": "2026-09-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXT4GMICRO001.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "LINUXT4GMICRO001.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.0092000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.0092000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "LINUXM7GXLARGE01": {
                "LINUXM7GXLARGE01.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "LINUXM7GXLARGE01",
                  "effectiveDate": "2026-11-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXM7GXLARGE01.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "LINUXM7GXLARGE01.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.1819000000 per On Demand hour",
                      "startingRange": "0",
                      "endingRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1819000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              },
              "EBSGP3VOLUME0001": {
                "EBSGP3VOLUME0001.JRTCKXETXF": {
                  "offerTermCode": "JRTCKXETXF",
                  "sku": "EBSGP3VOLUME0001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "EBSGP3VOLUME0001.JRTCKXETXF.6YS6EN2CT7": {
                      "rateCode": "EBSGP3VOLUME0001.JRTCKXETXF.6YS6EN2CT7",
                      "description": "$0.0880000000 per On Demand hour",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "GB-Mo",
                      "pricePerUnit": {
                        "USD": "0.0880000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {}
                }
              }
            },
            "Reserved": {
              "LINUXM5LARGE0001": {
                "LINUXM5LARGE0001.4NA7Y494T4": {
                  "offerTermCode": "4NA7Y494T4",
                  "sku": "LINUXM5LARGE0001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXM5LARGE0001.4NA7Y494T4.6YS6EN2CT7": {
                      "rateCode": "LINUXM5LARGE0001.4NA7Y494T4.6YS6EN2CT7",
                      "description": "Linux/UNIX (Amazon VPC), m5.large reserved instance applied",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.0670000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {
                    "LeaseContractLength": "1yr",
                    "OfferingClass": "standard",
                    "PurchaseOption": "No Upfront"
                  }
                },
                "LINUXM5LARGE0001.HU7G6KETJZ": {
                  "offerTermCode": "HU7G6KETJZ",
                  "sku": "LINUXM5LARGE0001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXM5LARGE0001.HU7G6KETJZ.6YS6EN2CT7": {
                      "rateCode": "LINUXM5LARGE0001.HU7G6KETJZ.6YS6EN2CT7",
                      "description": "Linux/UNIX (Amazon VPC), m5.large reserved instance applied",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.0320000000"
                      },
                      "appliesTo": []
                    },
                    "LINUXM5LARGE0001.HU7G6KETJZ.2TG2D8R56U": {
                      "rateCode": "LINUXM5LARGE0001.HU7G6KETJZ.2TG2D8R56U",
                      "description": "Upfront Fee",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Quantity",
                      "pricePerUnit": {
                        "USD": "282"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {
                    "LeaseContractLength": "1yr",
                    "OfferingClass": "standard",
                    "PurchaseOption": "Partial Upfront"
                  }
                },
                "LINUXM5LARGE0001.7NE97W5U4E": {
                  "offerTermCode": "7NE97W5U4E",
                  "sku": "LINUXM5LARGE0001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXM5LARGE0001.7NE97W5U4E.6YS6EN2CT7": {
                      "rateCode": "LINUXM5LARGE0001.7NE97W5U4E.6YS6EN2CT7",
                      "description": "Linux/UNIX (Amazon VPC), m5.large reserved instance applied",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.0790000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {
                    "LeaseContractLength": "1yr",
                    "OfferingClass": "convertible",
                    "PurchaseOption": "No Upfront"
                  }
                },
                "LINUXM5LARGE0001.BPH4J8HBKS": {
                  "offerTermCode": "BPH4J8HBKS",
                  "sku": "LINUXM5LARGE0001",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "LINUXM5LARGE0001.BPH4J8HBKS.6YS6EN2CT7": {
                      "rateCode": "LINUXM5LARGE0001.BPH4J8HBKS.6YS6EN2CT7",
                      "description": "Linux/UNIX (Amazon VPC), m5.large reserved instance applied",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.0460000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {
                    "LeaseContractLength": "3yr",
                    "OfferingClass": "standard",
                    "PurchaseOption": "No Upfront"
                  }
                }
              },
              "WINDOWSM5LARGE01": {
                "WINDOWSM5LARGE01.4NA7Y494T4": {
                  "offerTermCode": "4NA7Y494T4",
                  "sku": "WINDOWSM5LARGE01",
                  "effectiveDate": "2026-10-01T00:00:00Z",
                  "priceDimensions": {
                    "WINDOWSM5LARGE01.4NA7Y494T4.6YS6EN2CT7": {
                      "rateCode": "WINDOWSM5LARGE01.4NA7Y494T4.6YS6EN2CT7",
                      "description": "Linux/UNIX (Amazon VPC), m5.large reserved instance applied",
                      "beginRange": "0",
                      "endRange": "Inf",
                      "unit": "Hrs",
                      "pricePerUnit": {
                        "USD": "0.1590000000"
                      },
                      "appliesTo": []
                    }
                  },
                  "termAttributes": {
                    "LeaseContractLength": "1yr",
                    "OfferingClass": "standard",
                    "PurchaseOption": "No Upfront"
                  }
                }
              }
            }
          },
          "attributesList": {}
        }
            """;

    private Ec2OfferFixture() {
    }

    /** The fixture with {@code from} replaced by {@code to}, failing if {@code from} is not in it. */
    static String with(String from, String to) {
        assertThat(EU_WEST_1).contains(from);
        return EU_WEST_1.replace(from, to);
    }
}
