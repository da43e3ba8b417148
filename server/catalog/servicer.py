"""CatalogService: proto in, domain call, proto out."""

from __future__ import annotations

import grpc

from server.catalog.categories import CategoryService
from server.catalog.convert import (
    category_data,
    category_fields,
    category_to_proto,
    product_input,
    product_to_proto,
    products_from_rows,
)
from server.catalog.products import ProductService
from server.core.context import current
from server.core.policy import Policy, method_name, read, write
from shared.pb import catalog_pb2, catalog_pb2_grpc, common_pb2

_C = "CatalogService"
POLICIES: dict[str, Policy] = {
    method_name(_C, "ListCategories"): read("category.read"),
    method_name(_C, "GetCategory"): read("category.read"),
    method_name(_C, "CreateCategory"): write("category.write", "create", "category"),
    method_name(_C, "UpdateCategory"): write("category.write", "update", "category"),
    method_name(_C, "DeleteCategory"): write("category.write", "delete", "category"),
    method_name(_C, "ListProducts"): read("product.read"),
    method_name(_C, "GetProduct"): read("product.read"),
    method_name(_C, "CreateProduct"): write("product.write", "create", "product"),
    method_name(_C, "UpdateProduct"): write("product.write", "update", "product"),
    method_name(_C, "DeleteProduct"): write("product.write", "delete", "product"),
    method_name(_C, "SetProductImage"): write("product.write", "set_image", "product"),
}


class CatalogServicer(catalog_pb2_grpc.CatalogServiceServicer):
    # categories
    def ListCategories(self, request: common_pb2.ListQuery,
                       context: grpc.ServicerContext) -> catalog_pb2.ListCategoriesResponse:
        page = CategoryService(current()).list_page(request)
        return catalog_pb2.ListCategoriesResponse(
            items=[category_to_proto(c, name, count) for c, name, count in page.rows],
            page=page.info)

    def GetCategory(self, request: common_pb2.IdRequest,
                    context: grpc.ServicerContext) -> catalog_pb2.Category:
        return category_to_proto(*CategoryService(current()).get(request.id))

    def CreateCategory(self, request: catalog_pb2.Category,
                       context: grpc.ServicerContext) -> catalog_pb2.Category:
        service = CategoryService(current())
        category = service.create(category_data(request), category_fields(request))
        return category_to_proto(*service.get(category.id))

    def UpdateCategory(self, request: catalog_pb2.Category,
                       context: grpc.ServicerContext) -> catalog_pb2.Category:
        service = CategoryService(current())
        category = service.update(request.id, category_data(request), category_fields(request))
        return category_to_proto(*service.get(category.id))

    def DeleteCategory(self, request: common_pb2.IdRequest,
                       context: grpc.ServicerContext) -> common_pb2.Empty:
        CategoryService(current()).delete(request.id)
        return common_pb2.Empty()

    # products
    def ListProducts(self, request: common_pb2.ListQuery,
                     context: grpc.ServicerContext) -> catalog_pb2.ListProductsResponse:
        page = ProductService(current()).list_page(request)
        return catalog_pb2.ListProductsResponse(items=products_from_rows(page.rows),
                                                page=page.info)

    def GetProduct(self, request: common_pb2.IdRequest,
                   context: grpc.ServicerContext) -> catalog_pb2.Product:
        """The product with its image bytes (the only call that returns them)."""
        return product_to_proto(ProductService(current()).get(request.id))

    def CreateProduct(self, request: catalog_pb2.Product,
                      context: grpc.ServicerContext) -> catalog_pb2.Product:
        service = ProductService(current())
        return product_to_proto(service.view(service.create(product_input(request))))

    def UpdateProduct(self, request: catalog_pb2.Product,
                      context: grpc.ServicerContext) -> catalog_pb2.Product:
        service = ProductService(current())
        return product_to_proto(service.view(service.update(request.id, product_input(request))))

    def DeleteProduct(self, request: common_pb2.IdRequest,
                      context: grpc.ServicerContext) -> common_pb2.Empty:
        ProductService(current()).delete(request.id)
        return common_pb2.Empty()

    def SetProductImage(self, request: catalog_pb2.SetProductImageRequest,
                        context: grpc.ServicerContext) -> catalog_pb2.Product:
        """The product with has_image and image_mime set, without the bytes just sent."""
        service = ProductService(current())
        product = service.set_image(request.product_id, request.data, request.mime)
        return product_to_proto(service.view(product))
